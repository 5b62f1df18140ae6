import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission } from '@sopr/server-core';
import { CreateProcedureDto, ProcedureDto, ProcedureQueryDto, UpdateProcedureDto } from './procedure.dto';
import { ProceduresService } from './procedures.service';

@ApiTags('diagnostics')
@Controller('diagnostic-procedures')
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Get()
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'listDiagnosticProcedures', summary: 'Процедуры диагностики своего уровня и уровней выше' })
  @ApiPageResponse(ProcedureDto)
  list(@CurrentActor() actor: Actor, @Query() query: ProcedureQueryDto): Promise<Page<ProcedureDto>> {
    return this.procedures.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'getDiagnosticProcedure', summary: 'Процедура диагностики' })
  @ApiOkResponse({ type: ProcedureDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ProcedureDto> {
    return this.procedures.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'createDiagnosticProcedure', summary: 'Создать процедуру своего уровня (по действующей рамке компетенций)' })
  @ApiCreatedResponse({ type: ProcedureDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProcedureDto): Promise<ProcedureDto> {
    return this.procedures.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'updateDiagnosticProcedure', summary: 'Изменить процедуру (шкалу, порог и компетенции — только пока нет результатов)' })
  @ApiOkResponse({ type: ProcedureDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateProcedureDto): Promise<ProcedureDto> {
    return this.procedures.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'deleteDiagnosticProcedure', summary: 'Удалить процедуру без результатов' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.procedures.remove(actor, id);
  }
}
