import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission } from '@sopr/server-core';
import { BatchResultDto } from '@sopr/server-staff';
import { PutResultDto, ResultBatchDto, ResultDto, ResultQueryDto } from './result.dto';
import { ResultsService } from './results.service';

@ApiTags('diagnostics')
@Controller('diagnostic-procedures/:id/results')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get()
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'listDiagnosticResults', summary: 'Результаты процедуры (педагоги своей области видимости)' })
  @ApiPageResponse(ResultDto)
  list(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: ResultQueryDto): Promise<Page<ResultDto>> {
    return this.results.list(actor, id, query);
  }

  @Get(':resultId')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'getDiagnosticResult', summary: 'Результат' })
  @ApiOkResponse({ type: ResultDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('resultId') resultId: string): Promise<ResultDto> {
    return this.results.get(actor, id, resultId);
  }

  @Put('by-staff/:staffMemberId')
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'putDiagnosticResult', summary: 'Внести или заменить результат педагога (один на процедуру)' })
  @ApiOkResponse({ type: ResultDto })
  put(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('staffMemberId') staffMemberId: string, @Body() dto: PutResultDto): Promise<ResultDto> {
    return this.results.put(actor, id, staffMemberId, dto);
  }

  @Delete(':resultId')
  @HttpCode(204)
  @Authenticated({ permission: Permission.DIAGNOSTICS_WRITE })
  @ApiOperation({ operationId: 'deleteDiagnosticResult', summary: 'Удалить результат (дефициты пересчитываются)' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('resultId') resultId: string): Promise<void> {
    return this.results.remove(actor, id, resultId);
  }

  @Post('batch')
  @HttpCode(200)
  @Authenticated({ permission: Permission.DIAGNOSTICS_BATCH_WRITE })
  @ApiOperation({ operationId: 'upsertDiagnosticResultsBatch', summary: 'Пакетная загрузка результатов порталом (до 1000, идемпотентно, итог по каждой записи)' })
  @ApiOkResponse({ type: BatchResultDto })
  batch(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ResultBatchDto): Promise<BatchResultDto> {
    return this.results.batch(actor, id, dto);
  }
}
