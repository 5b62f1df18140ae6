import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission, XLSX_MIME, sendXlsx } from '@sopr/server-core';
import { MonitoringNotesService, NOTE_MIME, NoteFormat } from '../note/monitoring-notes.service';
import { MONITORING_EXPORT_COLUMNS } from './monitoring-export.columns';
import {
  MonitoringComparisonDto, MonitoringDynamicsDto, MonitoringDynamicsQueryDto, MonitoringPeopleQueryDto, MonitoringPersonDto, MonitoringRunDto,
  MonitoringRunQueryDto, MonitoringValueDto, MonitoringValueQueryDto, StartMonitoringRunDto,
} from './monitoring-run.dto';
import { MonitoringRunsService } from './monitoring-runs.service';
import { MonitoringValuesService } from './monitoring-values.service';

/** The place a run is about, for file names: the municipality, or the region. */
const placeOf = (run: MonitoringRunDto) => run.municipalityName ?? run.regionName;

@ApiTags('monitoring')
@Controller('monitoring-runs')
export class MonitoringRunsController {
  constructor(
    private readonly runs: MonitoringRunsService,
    private readonly values: MonitoringValuesService,
    private readonly notes: MonitoringNotesService,
  ) {}

  @Post()
  @HttpCode(202)
  @Authenticated({ permission: Permission.MONITORING_RUN })
  @ApiOperation({
    operationId: 'startMonitoringRun',
    summary: 'Запустить мониторинг муниципалитета или региона (считается в фоне; ход — GET /monitoring-runs/{id}). Мониторинг региона — по мониторингу на каждый муниципалитет и свод, когда посчитаны все',
  })
  @ApiAcceptedResponse({ type: MonitoringRunDto })
  start(@CurrentActor() actor: Actor, @Body() dto: StartMonitoringRunDto): Promise<MonitoringRunDto> {
    return this.runs.start(actor, dto);
  }

  @Get()
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({
    operationId: 'listMonitoringRuns',
    summary: 'Мониторинги в области доступа, новые первыми (на уровне региона мониторинги муниципалитетов в составе мониторинга региона — по parentRunId)',
  })
  @ApiPageResponse(MonitoringRunDto)
  list(@CurrentActor() actor: Actor, @Query() query: MonitoringRunQueryDto): Promise<Page<MonitoringRunDto>> {
    return this.runs.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({ operationId: 'getMonitoringRun', summary: 'Мониторинг: период, дата, состояние' })
  @ApiOkResponse({ type: MonitoringRunDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<MonitoringRunDto> {
    return this.runs.get(actor, id);
  }

  @Get(':id/values')
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({
    operationId: 'listMonitoringValues',
    summary: 'Значения показателей готового мониторинга: регион, муниципалитеты и организации, с целью, статусом и изменением (школа видит только свои); '
      + 'с breakdown — значения в разрезе (предметы, должности, виды диагностики, категории, компетенции)',
  })
  @ApiPageResponse(MonitoringValueDto)
  listValues(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: MonitoringValueQueryDto): Promise<Page<MonitoringValueDto>> {
    return this.values.values(actor, id, query);
  }

  @Get(':id/comparison')
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({ operationId: 'compareMonitoringMunicipalities', summary: 'Мониторинг региона: регион и его муниципалитеты рядом по каждому показателю' })
  @ApiOkResponse({ type: MonitoringComparisonDto })
  comparison(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<MonitoringComparisonDto> {
    return this.values.comparison(actor, id);
  }

  @Get(':id/dynamics')
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({
    operationId: 'getMonitoringDynamics',
    summary: 'Динамика показателей: значения в готовых мониторингах того же муниципалитета (региона, организации) до этого включительно, не больше 12',
  })
  @ApiOkResponse({ type: [MonitoringDynamicsDto] })
  dynamics(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: MonitoringDynamicsQueryDto): Promise<MonitoringDynamicsDto[]> {
    return this.values.dynamics(actor, id, query);
  }

  @Get(':id/values.xlsx')
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({ operationId: 'exportMonitoringValues', summary: 'Таблицы мониторинга в XLSX: все показатели муниципалитета и организаций (школа — свои)' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async export(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    const { run, values } = await this.values.allValues(actor, id);
    await sendXlsx(reply, `мониторинг-${placeOf(run)}-${run.asOf}.xlsx`, 'Показатели', MONITORING_EXPORT_COLUMNS, (async function* () { yield values; })());
  }

  @Get(':id/note.docx')
  @Authenticated({ permission: Permission.MONITORING_RUN })
  @ApiOperation({ operationId: 'downloadMonitoringNoteDocx', summary: 'Аналитическая справка по мониторингу в DOCX (готовится воркером после расчёта и рекомендаций)' })
  @ApiProduces(NOTE_MIME.docx)
  @ApiOkResponse({ content: { [NOTE_MIME.docx]: { schema: { type: 'string', format: 'binary' } } } })
  noteDocx(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    return this.sendNote(actor, id, 'docx', reply);
  }

  @Get(':id/note.pdf')
  @Authenticated({ permission: Permission.MONITORING_RUN })
  @ApiOperation({ operationId: 'downloadMonitoringNotePdf', summary: 'Аналитическая справка по мониторингу в PDF' })
  @ApiProduces(NOTE_MIME.pdf)
  @ApiOkResponse({ content: { [NOTE_MIME.pdf]: { schema: { type: 'string', format: 'binary' } } } })
  notePdf(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    return this.sendNote(actor, id, 'pdf', reply);
  }

  private async sendNote(actor: Actor, id: string, format: NoteFormat, reply: FastifyReply): Promise<void> {
    const run = await this.runs.doneRun(actor, id);
    const file = await this.notes.file(run, format);
    const dto = await this.runs.get(actor, id);
    const fileName = `справка-мониторинг-${placeOf(dto)}-${dto.asOf}.${format}`;
    await reply
      .header('Content-Type', NOTE_MIME[format])
      .header('Content-Disposition', `attachment; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .send(file);
  }

  @Get(':id/people')
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({
    operationId: 'listMonitoringPeople',
    summary: 'Кто стоит за значением: педагоги числителя или знаменателя показателя на дату мониторинга (в области доступа)',
  })
  @ApiPageResponse(MonitoringPersonDto)
  people(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: MonitoringPeopleQueryDto): Promise<Page<MonitoringPersonDto>> {
    return this.values.people(actor, id, query);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @Authenticated({ permission: Permission.MONITORING_RUN })
  @ApiOperation({ operationId: 'retryMonitoringRun', summary: 'Повторить мониторинг, завершившийся сбоем' })
  @ApiAcceptedResponse({ type: MonitoringRunDto })
  retry(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<MonitoringRunDto> {
    return this.runs.retry(actor, id);
  }
}
