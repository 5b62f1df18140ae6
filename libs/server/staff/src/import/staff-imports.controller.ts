import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, FILE_CONTENT_TYPES, IdParam, Page, PageQueryDto, Permission, fileBody } from '@sopr/server-core';
import { ImportRowErrorDto, StaffImportDto, StartStaffImportQueryDto } from '../dto/staff-import.dto';
import { StaffImportsService } from './staff-imports.service';

@ApiTags('staff')
@Controller('staff/imports')
export class StaffImportsController {
  constructor(private readonly imports: StaffImportsService) {}

  @Post()
  @HttpCode(202)
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({
    operationId: 'startStaffImport',
    summary: 'Фоновый импорт педагогов (XLSX или CSV любого размера): файл проверяется в фоне, ход — в GET /staff/imports/{id}',
  })
  @ApiConsumes(...FILE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({ type: StaffImportDto })
  start(@CurrentActor() actor: Actor, @Query() query: StartStaffImportQueryDto, @Body() file: Buffer): Promise<StaffImportDto> {
    return this.imports.start(actor, fileBody(file), query.fileName, query.organizationId);
  }

  @Get()
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'listStaffImports', summary: 'Импорты в области доступа, новые первыми' })
  @ApiPageResponse(StaffImportDto)
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<StaffImportDto>> {
    return this.imports.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'getStaffImport', summary: 'Состояние импорта: шаг, прочитано строк, итоги проверки или применения' })
  @ApiOkResponse({ type: StaffImportDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<StaffImportDto> {
    return this.imports.get(actor, id);
  }

  @Get(':id/errors')
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'listStaffImportErrors', summary: 'Ошибки проверенного файла по строкам и столбцам' })
  @ApiPageResponse(ImportRowErrorDto)
  errors(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: PageQueryDto): Promise<Page<ImportRowErrorDto>> {
    return this.imports.errors(actor, id, query);
  }

  @Post(':id/apply')
  @HttpCode(202)
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'applyStaffImport', summary: 'Применить проверенный файл: всё в одной транзакции или ничего (в фоне)' })
  @ApiAcceptedResponse({ type: StaffImportDto })
  apply(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<StaffImportDto> {
    return this.imports.apply(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'discardStaffImport', summary: 'Отказаться от неприменённого импорта: файл удаляется, запись остаётся в списке' })
  @ApiNoContentResponse()
  discard(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.imports.discard(actor, id);
  }
}
