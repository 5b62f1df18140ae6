import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, FILE_CONTENT_TYPES, IdParam, Page, PageQueryDto, Permission } from '@sopr/server-core';
import { ImportRowErrorDto } from '@sopr/server-staff';
import { ResultColumnMappingDto, ResultImportDto, StartResultImportQueryDto } from './result-import.dto';
import { ResultImportsService } from './result-imports.service';

@ApiTags('diagnostics')
@Controller('diagnostic-procedures/:id/result-imports')
export class ResultImportsController {
  constructor(private readonly imports: ResultImportsService) {}

  @Post()
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({
    operationId: 'startResultImport',
    summary: 'Загрузить файл результатов (XLSX или CSV, как его выгружает платформа): ответ — заголовки и предложенное сопоставление столбцов',
  })
  @ApiConsumes(...FILE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ResultImportDto })
  start(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: StartResultImportQueryDto, @Body() file: unknown): Promise<ResultImportDto> {
    return this.imports.start(actor, id, file, query.fileName);
  }

  @Get()
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'listResultImports', summary: 'Импорты результатов процедуры в области доступа, новые первыми' })
  @ApiPageResponse(ResultImportDto)
  list(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: PageQueryDto): Promise<Page<ResultImportDto>> {
    return this.imports.list(actor, id, query);
  }

  @Get(':importId')
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'getResultImport', summary: 'Состояние импорта: шаг, прочитано строк, итоги проверки или применения' })
  @ApiOkResponse({ type: ResultImportDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('importId') importId: string): Promise<ResultImportDto> {
    return this.imports.get(actor, id, importId);
  }

  @Post(':importId/check')
  @HttpCode(202)
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({
    operationId: 'checkResultImport',
    summary: 'Подтвердить сопоставление столбцов и проверить файл (в фоне, без изменений данных); сопоставление запоминается для процедуры',
  })
  @ApiAcceptedResponse({ type: ResultImportDto })
  check(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('importId') importId: string, @Body() mapping: ResultColumnMappingDto): Promise<ResultImportDto> {
    return this.imports.check(actor, id, importId, mapping);
  }

  @Get(':importId/errors')
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'listResultImportErrors', summary: 'Ошибки проверенного файла по строкам и столбцам' })
  @ApiPageResponse(ImportRowErrorDto)
  errors(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('importId') importId: string, @Query() query: PageQueryDto): Promise<Page<ImportRowErrorDto>> {
    return this.imports.errors(actor, id, importId, query);
  }

  @Post(':importId/apply')
  @HttpCode(202)
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'applyResultImport', summary: 'Применить проверенный файл: все результаты в одной транзакции или ничего (в фоне); дефициты пересчитываются' })
  @ApiAcceptedResponse({ type: ResultImportDto })
  apply(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('importId') importId: string): Promise<ResultImportDto> {
    return this.imports.apply(actor, id, importId);
  }

  @Delete(':importId')
  @HttpCode(204)
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'discardResultImport', summary: 'Отказаться от неприменённого импорта: файл удаляется, запись остаётся в списке' })
  @ApiNoContentResponse()
  discard(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('importId') importId: string): Promise<void> {
    return this.imports.discard(actor, id, importId);
  }
}
