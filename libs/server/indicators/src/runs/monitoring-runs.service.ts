import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  APP_CONFIG, Actor, AppConfig, BadRequestError, ConflictError, FieldError, Page, ScopedRepository, paginate,
} from '@sopr/server-core';
import { JobName, JobQueue } from '@sopr/server-jobs';
import { MunicipalitiesService, Municipality } from '@sopr/server-org-structure';
import { IndicatorLevel, MonitoringRunStatus } from '@sopr/shared';
import { today } from '@sopr/server-staff';
import { INDICATORS, indicatorByCode } from '../catalogue/catalogue';
import { createBasePopulation } from '../compute/base-population';
import {
  MonitoringPeopleQueryDto, MonitoringPersonDto, MonitoringRunDto, MonitoringRunQueryDto, MonitoringValueDto, MonitoringValueQueryDto, StartMonitoringRunDto,
} from './monitoring-run.dto';
import { MonitoringRun } from './monitoring-run.entity';
import { computeRun } from './compute-run';

const NOT_FOUND = 'Мониторинг не найден';
const INTERNAL_FAILURE = 'Не удалось посчитать показатели из-за внутренней ошибки. Запустите мониторинг ещё раз; если сбой повторится, обратитесь в поддержку';
const CATALOGUE_ORDER = INDICATORS.map((d) => d.code);

/** A run's period starts on 1 January of its as-of date's year unless told otherwise. */
const yearStart = (asOf: string) => `${asOf.slice(0, 4)}-01-01`;
const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * Monitoring runs of a municipality: started by a user (or, later, the schedule), computed by the
 * worker in one transaction — values, targets, status and change since the previous run are
 * written together with the run's «done», so nobody ever sees a half-computed run. Runs are kept;
 * a new run never overwrites an old one.
 */
@Injectable()
export class MonitoringRunsService {
  private readonly logger = new Logger('MonitoringRuns');
  readonly runs: ScopedRepository<MonitoringRun>;

  constructor(
    @InjectRepository(MonitoringRun) private readonly repository: Repository<MonitoringRun>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly municipalities: MunicipalitiesService,
    private readonly jobs: JobQueue,
  ) {
    // Placed at its municipality and seen below it: a school reads its municipality's runs (its own values only).
    this.runs = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', sharedDownward: true }, NOT_FOUND);
  }

  async start(actor: Actor, dto: StartMonitoringRunDto): Promise<MonitoringRunDto> {
    const municipality = await this.municipalities.municipalities.findOne(actor, dto.municipalityId);
    const asOf = dto.asOf ?? today();
    const from = dto.from ?? yearStart(asOf);
    const errors: FieldError[] = [];
    if (asOf > today()) errors.push({ field: 'asOf', message: 'Дата мониторинга не может быть в будущем' });
    if (from > asOf) errors.push({ field: 'from', message: 'Начало периода позже даты мониторинга' });
    if (errors.length > 0) throw new BadRequestError('Проверьте правильность заполнения полей', errors);
    const run = await this.createRun(municipality, from, asOf, actor);
    await this.enqueue(run, () => this.repository.delete({ id: run.id }));
    return this.get(actor, run.id);
  }

  /** Worker: the run a municipality's schedule asks for, as of today, computed at once. */
  async runScheduled(municipalityId: string): Promise<void> {
    const municipality = await this.dataSource.getRepository(Municipality).findOneBy({ id: municipalityId });
    if (!municipality) return; // removed since the schedule was registered
    const asOf = today();
    const run = await this.createRun(municipality, yearStart(asOf), asOf, null);
    await this.compute(run.id);
  }

  /** A failed run is computed again from the start (nothing of the failed attempt was kept). */
  async retry(actor: Actor, id: string): Promise<MonitoringRunDto> {
    const run = await this.runs.findOne(actor, id);
    await this.municipalities.municipalities.findOne(actor, run.municipalityId);
    const claimed = await this.repository.update({ id, status: MonitoringRunStatus.FAILED }, { status: MonitoringRunStatus.QUEUED, failure: null, requestedBy: actor });
    if (!claimed.affected) throw new ConflictError('Повторить можно только мониторинг, завершившийся сбоем');
    await this.enqueue(run, () => this.repository.update({ id }, { status: MonitoringRunStatus.FAILED, failure: run.failure }));
    return this.get(actor, id);
  }

  async list(actor: Actor, query: MonitoringRunQueryDto): Promise<Page<MonitoringRunDto>> {
    const q = this.runs.query(actor);
    if (query.municipalityId) q.andWhere('e.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    if (query.status) q.andWhere('e.status = :status', { status: query.status });
    const page = await paginate(q, query, { createdAt: 'e.created_at', asOf: 'e.as_of', status: 'e.status' }, '-createdAt', (run) => run);
    return { ...page, items: await this.toDtos(page.items) };
  }

  async get(actor: Actor, id: string): Promise<MonitoringRunDto> {
    const [dto] = await this.toDtos([await this.runs.findOne(actor, id)]);
    return dto;
  }

  /** A done run's values within scope: a school sees only its own organization's. */
  async values(actor: Actor, id: string, query: MonitoringValueQueryDto): Promise<Page<MonitoringValueDto>> {
    const run = await this.doneRun(actor, id);
    const { items, total } = await this.valueRows(actor, run, query, { limit: query.limit, offset: query.offset });
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** Every value of a done run within scope, for the XLSX tables; with the run itself. */
  async allValues(actor: Actor, id: string): Promise<{ run: MonitoringRunDto; values: MonitoringValueDto[] }> {
    const run = await this.doneRun(actor, id);
    const [dto] = await this.toDtos([run]);
    return { run: dto, values: (await this.valueRows(actor, run, {})).items };
  }

  /** A run in scope that is done (its values and note exist only then). */
  async doneRun(actor: Actor, id: string): Promise<MonitoringRun> {
    const run = await this.runs.findOne(actor, id);
    if (run.status !== MonitoringRunStatus.DONE) throw new ConflictError('Мониторинг ещё не готов: значения появятся, когда он завершится');
    return run;
  }

  /** A run's values within scope (a school: its own), municipality first, then organizations by name, indicators in catalogue order. */
  private async valueRows(
    actor: Actor, run: MonitoringRun, filters: Pick<MonitoringValueQueryDto, 'level' | 'organizationId' | 'indicatorCode'>, page?: { limit: number; offset: number },
  ): Promise<{ items: MonitoringValueDto[]; total: number }> {
    const params: unknown[] = [run.id];
    const where = ['v.run_id = $1'];
    const add = (sql: string, value: unknown) => where.push(sql.replace('?', `$${params.push(value)}`));
    if (actor.organizationId) add('v.organization_id = ?', actor.organizationId);
    if (filters.level) add('v.level = ?', filters.level);
    if (filters.organizationId) add('v.organization_id = ?', filters.organizationId);
    if (filters.indicatorCode) add('v.indicator_code = ?', filters.indicatorCode);
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM monitoring_value v WHERE ${filter}`, params);
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT v.indicator_code, v.level, v.municipality_id, v.organization_id, coalesce(o.short_name, o.name) AS organization_name,
              v.numerator, v.denominator, v.value, v.target, v.status, v.previous_value
       FROM monitoring_value v LEFT JOIN organization o ON o.id = v.organization_id
       WHERE ${filter}
       ORDER BY v.organization_id IS NOT NULL, array_position($${params.push(CATALOGUE_ORDER)}::text[], v.indicator_code::text), organization_name NULLS FIRST
       ${page ? `LIMIT $${params.push(page.limit)} OFFSET $${params.push(page.offset)}` : ''}`,
      params,
    );
    const items = rows.map((r) => {
      const value = numberOrNull(r['value']);
      const previousValue = numberOrNull(r['previous_value']);
      return {
        indicatorCode: String(r['indicator_code']), level: r['level'] as IndicatorLevel, municipalityId: String(r['municipality_id']),
        organizationId: (r['organization_id'] as string | null) ?? null, organizationName: (r['organization_name'] as string | null) ?? null,
        numerator: Number(r['numerator']), denominator: numberOrNull(r['denominator']), value, target: numberOrNull(r['target']),
        status: (r['status'] as MonitoringValueDto['status']) ?? null, previousValue, change: value !== null && previousValue !== null ? value - previousValue : null,
      };
    });
    return { items, total };
  }

  /**
   * The people behind a value of a done run: its base population on the run's date (from the
   * primary data as it is now), those in the numerator or the denominator, within scope.
   */
  async people(actor: Actor, id: string, query: MonitoringPeopleQueryDto): Promise<Page<MonitoringPersonDto>> {
    const run = await this.doneRun(actor, id);
    const definition = indicatorByCode(query.indicatorCode);
    if (!definition) throw new BadRequestError('Проверьте правильность заполнения полей', [{ field: 'indicatorCode', message: `Показателя с кодом ${query.indicatorCode} нет в каталоге` }]);
    const organizationId = actor.organizationId ?? query.organizationId;
    if (actor.organizationId && query.organizationId && query.organizationId !== actor.organizationId) return { items: [], total: 0, limit: query.limit, offset: query.offset };
    return this.dataSource.transaction(async (manager) => {
      await createBasePopulation(manager, run.municipalityId, run.asOf);
      const ctx = { from: '$1', asOf: '$2' };
      const condition = query.part === 'numerator' ? definition.numerator(ctx) : definition.denominator?.(ctx) ?? 'true';
      const params: unknown[] = [run.periodFrom, run.asOf];
      // The period is always part of the statement (true by construction), so its parameters are typed even when the condition does not use them.
      const where = ['$1::date <= $2::date', `(${condition})`];
      if (organizationId) where.push(`p.organization_id = $${params.push(organizationId)}`);
      const from = `FROM indicator_population p JOIN staff_member s ON s.id = p.staff_member_id JOIN organization o ON o.id = p.organization_id WHERE ${where.join(' AND ')}`;
      const [{ total }] = await manager.query(`SELECT count(*)::int AS total ${from}`, params);
      const items: MonitoringPersonDto[] = await manager.query(
        `SELECT s.id AS "staffMemberId", concat_ws(' ', s.last_name, s.first_name, s.middle_name) AS "fullName", o.id AS "organizationId",
                coalesce(o.short_name, o.name) AS "organizationName"
         ${from} ORDER BY s.last_name, s.first_name, s.id LIMIT $${params.push(query.limit)} OFFSET $${params.push(query.offset)}`,
        params,
      );
      return { items, total, limit: query.limit, offset: query.offset };
    });
  }

  /** Worker: computes a queued run; values and «done» are committed together, a failure leaves nothing behind. */
  async compute(runId: string): Promise<void> {
    const claimed = await this.repository.update({ id: runId, status: MonitoringRunStatus.QUEUED }, { status: MonitoringRunStatus.RUNNING, startedAt: new Date() });
    if (!claimed.affected) return; // already computed, or no longer waiting
    const run = await this.repository.findOneByOrFail({ id: runId });
    try {
      await this.dataSource.transaction(async (manager) => {
        await computeRun(manager, run, this.config.monitoringAtRiskPoints);
        await manager.update(MonitoringRun, { id: runId }, { status: MonitoringRunStatus.DONE, finishedAt: new Date() });
      });
      // The recommendations follow the finished run as a job of their own.
      await this.jobs.add(JobName.RECOMMENDATIONS_GENERATE, { runId });
    } catch (error) {
      this.logger.error(`Monitoring run ${runId} failed: ${(error as Error).name} ${(error as { code?: string }).code ?? ''}`.trim());
      await this.repository.update({ id: runId }, { status: MonitoringRunStatus.FAILED, failure: INTERNAL_FAILURE, finishedAt: new Date() });
    }
  }

  /** A queued run of a municipality; `requestedBy` null: the schedule asked for it. */
  private createRun(municipality: Municipality, periodFrom: string, asOf: string, requestedBy: Actor | null): Promise<MonitoringRun> {
    return this.repository.save(this.repository.create({
      regionId: municipality.regionId, municipalityId: municipality.id, periodFrom, asOf, status: MonitoringRunStatus.QUEUED, requestedBy, failure: null,
      startedAt: null, finishedAt: null,
    }));
  }

  private enqueue(run: MonitoringRun, undo: () => Promise<unknown>): Promise<void> {
    return this.jobs.addOrUndo(JobName.MONITORING_RUN, { runId: run.id, requestedAt: new Date().toISOString() }, undo);
  }

  private async toDtos(runs: MonitoringRun[]): Promise<MonitoringRunDto[]> {
    const names: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM municipality WHERE id = ANY($1::uuid[])`, [runs.map((r) => r.municipalityId)]);
    const noted = new Set((await this.dataSource.query(`SELECT run_id FROM monitoring_note WHERE run_id = ANY($1::uuid[])`, [runs.map((r) => r.id)])).map((n: { run_id: string }) => n.run_id));
    const userIds = [...new Set(runs.map((r) => (r.requestedBy?.kind === 'user' ? r.requestedBy.id : null)).filter((id): id is string => id !== null))];
    const users = new Map((await this.dataSource.query(`SELECT id, full_name FROM app_user WHERE id = ANY($1::uuid[])`, [userIds]) as { id: string; full_name: string }[]).map((u) => [u.id, u.full_name]));
    const byId = new Map(names.map((n) => [n.id, n.name]));
    return runs.map((run) => ({
      ...this.toDto(run, byId.get(run.municipalityId)), noteReady: noted.has(run.id), startedByName: run.requestedBy ? users.get(run.requestedBy.id) ?? null : null,
    }));
  }

  private toDto(run: MonitoringRun, municipalityName?: string): Omit<MonitoringRunDto, 'noteReady' | 'startedByName'> {
    return {
      id: run.id, regionId: run.regionId, municipalityId: run.municipalityId, municipalityName: municipalityName ?? '', periodFrom: run.periodFrom, asOf: run.asOf,
      status: run.status, scheduled: run.requestedBy === null, failure: run.failure, createdAt: run.createdAt.toISOString(),
      startedAt: run.startedAt?.toISOString() ?? null, finishedAt: run.finishedAt?.toISOString() ?? null,
    };
  }
}
