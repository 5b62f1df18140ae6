import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, FILE_CONTENT_TYPES, IdParam, Permission } from '@sopr/server-core';
import { ImportTargetsQueryDto, IndicatorTargetDto, IndicatorTargetQueryDto, PutIndicatorTargetDto, TargetImportReportDto } from './indicator-target.dto';
import { IndicatorTargetsImportService } from './indicator-targets-import.service';
import { IndicatorTargetsService } from './indicator-targets.service';

@ApiTags('monitoring')
@Controller('indicator-targets')
export class IndicatorTargetsController {
  constructor(
    private readonly targets: IndicatorTargetsService,
    private readonly imports: IndicatorTargetsImportService,
  ) {}

  @Get()
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({ operationId: 'listIndicatorTargets', summary: 'Целевые значения показателей: муниципалитета и региона' })
  @ApiOkResponse({ type: [IndicatorTargetDto] })
  list(@CurrentActor() actor: Actor, @Query() query: IndicatorTargetQueryDto): Promise<IndicatorTargetDto[]> {
    return this.targets.list(actor, query);
  }

  @Put()
  @Authenticated({ permission: Permission.TARGETS_WRITE })
  @ApiOperation({ operationId: 'putIndicatorTarget', summary: 'Задать цель показателя на год для муниципалитета или всего региона (заменяет прежнюю)' })
  @ApiOkResponse({ type: IndicatorTargetDto })
  put(@CurrentActor() actor: Actor, @Body() dto: PutIndicatorTargetDto): Promise<IndicatorTargetDto> {
    return this.targets.put(actor, dto);
  }

  @Post('import')
  @HttpCode(200)
  @Authenticated({ permission: Permission.TARGETS_WRITE })
  @ApiOperation({
    operationId: 'importIndicatorTargets',
    summary: 'Цели из файла XLSX или CSV (столбцы «Код показателя», «Год», «Цель», «Муниципалитет» — пусто для всего региона): всё или ничего; dryRun=true — только проверка',
  })
  @ApiConsumes(...FILE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: TargetImportReportDto })
  import(@CurrentActor() actor: Actor, @Query() query: ImportTargetsQueryDto, @Body() file: unknown): Promise<TargetImportReportDto> {
    return this.imports.run(actor, file, !query.dryRun);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.TARGETS_WRITE })
  @ApiOperation({ operationId: 'deleteIndicatorTarget', summary: 'Удалить цель' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.targets.remove(actor, id);
  }
}
