import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import {
  APP_CONFIG, Actor, AppConfig, BadRequestError, ConflictError, FieldError, NotFoundError, Page, ScopedRepository, paginate,
} from '@sopr/server-core';
import { JobName, JobQueue } from '@sopr/server-jobs';
import { MunicipalitiesService, Municipality, RegionsService } from '@sopr/server-org-structure';
import { MonitoringRunStatus, MonitoringScope } from '@sopr/shared';
import { today } from '@sopr/server-staff';
import { MonitoringRunDto, MonitoringRunQueryDto, StartMonitoringRunDto } from './monitoring-run.dto';
import { MonitoringRun } from './monitoring-run.entity';
import { computeRun } from './compute-run';

const NOT_FOUND = 'Мониторинг не найден';
const INTERNAL_FAILURE = 'Не удалось посчитать показатели из-за внутренней ошибки. Запустите мониторинг ещё раз; если сбой повторится, обратитесь в поддержку';

/** A run's period starts on 1 January of its as-of date's year unless told otherwise. */
const yearStart = (asOf: string) => `${asOf.slice(0, 4)}-01-01`;

/** Region runs are seen at region level only: below it they would show other municipalities. */
const seesRegionRuns = (actor: Actor) => actor.municipalityId === null;

/**
 * Monitoring runs: started by a user or a municipality's schedule, computed by the worker in one
 * transaction — values, targets, status and change since the previous run are written together
 * with the run's «done», so nobody ever sees a half-computed run. Runs are kept; a new run never
 * overwrites an old one. A region run fans out into one run per municipality (each its own job,
 * id = the run's id) and rolls them up once the last one has finished.
 */
@Injectable()
export class MonitoringRunsService {
  private readonly logger = new Logger('MonitoringRuns');
  private readonly runs: ScopedRepository<MonitoringRun>;

  constructor(
    @InjectRepository(MonitoringRun) private readonly repository: Repository<MonitoringRun>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly municipalities: MunicipalitiesService,
    private readonly regions: RegionsService,
    private readonly jobs: JobQueue,
  ) {
    // Placed at its municipality and seen below it: a school reads its municipality's runs (its own values only).
    this.runs = new ScopedRepository(repository, { region: 'regionId', municipality: 'municipalityId', sharedDownward: true }, NOT_FOUND);
  }

  /** Runs the actor may see: region runs only at region level. */
  visible(actor: Actor): SelectQueryBuilder<MonitoringRun> {
    const q = this.runs.query(actor);
    return seesRegionRuns(actor) ? q : q.andWhere('e.municipalityId IS NOT NULL');
  }

  /** A run in the actor's scope, or 404. */
  async findOne(actor: Actor, id: string): Promise<MonitoringRun> {
    const run = await this.visible(actor).andWhere('e.id = :id', { id }).getOne();
    if (!run) throw new NotFoundError(NOT_FOUND);
    return run;
  }

  async start(actor: Actor, dto: StartMonitoringRunDto): Promise<MonitoringRunDto> {
    const asOf = dto.asOf ?? today();
    const from = dto.from ?? yearStart(asOf);
    const errors: FieldError[] = [];
    if (!dto.municipalityId === !dto.regionId) {
      errors.push({ field: dto.regionId ? 'regionId' : 'municipalityId', message: 'Укажите либо муниципалитет, либо регион' });
    }
    if (asOf > today()) errors.push({ field: 'asOf', message: 'Дата мониторинга не может быть в будущем' });
    if (from > asOf) errors.push({ field: 'from', message: 'Начало периода позже даты мониторинга' });
    if (errors.length > 0) throw new BadRequestError('Проверьте правильность заполнения полей', errors);
    if (dto.regionId) return this.startRegion(actor, dto.regionId, from, asOf);
    const municipality = await this.municipalities.municipalities.findOne(actor, dto.municipalityId!);
    const run = await this.createRun(municipality, from, asOf, actor);
    await this.jobs.addOrUndo(JobName.MONITORING_RUN, { runId: run.id, requestedAt: new Date().toISOString() }, () => this.repository.delete({ id: run.id }));
    return this.get(actor, run.id);
  }

  /** A region run and a queued run for each of the region's municipalities, each its own job. */
  private async startRegion(actor: Actor, regionId: string, from: string, asOf: string): Promise<MonitoringRunDto> {
    if (!seesRegionRuns(actor)) throw new NotFoundError('Регион не найден');
    const region = await this.regions.regions.findOne(actor, regionId);
    const municipalities = await this.dataSource.getRepository(Municipality).find({ where: { regionId: region.id }, order: { name: 'ASC' } });
    if (municipalities.length === 0) throw new BadRequestError('В регионе нет муниципалитетов', [{ field: 'regionId', message: 'В регионе нет муниципалитетов: считать нечего' }]);
    const { parent, children } = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(MonitoringRun);
      const saved = await repository.save(repository.create({
        regionId: region.id, municipalityId: null, parentRunId: null, periodFrom: from, asOf, status: MonitoringRunStatus.RUNNING, requestedBy: actor,
        failure: null, startedAt: new Date(), finishedAt: null,
      }));
      const runs = await repository.save(municipalities.map((m) => repository.create({
        regionId: region.id, municipalityId: m.id, parentRunId: saved.id, periodFrom: from, asOf, status: MonitoringRunStatus.QUEUED, requestedBy: actor,
        failure: null, startedAt: null, finishedAt: null,
      })), { chunk: 500 });
      return { parent: saved, children: runs };
    });
    const requestedAt = new Date().toISOString();
    await this.jobs.addManyOrUndo(JobName.MONITORING_RUN, children.map((c) => ({ runId: c.id, requestedAt })), () => this.repository.delete({ id: parent.id }));
    return this.get(actor, parent.id);
  }

  /** Worker: the run a municipality's schedule asks for, as of today, computed at once. */
  async runScheduled(municipalityId: string): Promise<void> {
    const municipality = await this.dataSource.getRepository(Municipality).findOneBy({ id: municipalityId });
    if (!municipality) return; // removed since the schedule was registered
    const asOf = today();
    const run = await this.createRun(municipality, yearStart(asOf), asOf, null);
    await this.compute(run.id);
  }

  /**
   * A failed run is computed again from the start (nothing of the failed attempt was kept). For a
   * region run, its failed municipalities are; a municipality's run of a failed region run puts
   * the region run back to waiting for it.
   */
  async retry(actor: Actor, id: string): Promise<MonitoringRunDto> {
    const run = await this.findOne(actor, id);
    if (run.municipalityId) await this.municipalities.municipalities.findOne(actor, run.municipalityId);
    // A region run waits for its municipalities again; a municipality's run waits for the worker.
    const waiting = run.municipalityId ? MonitoringRunStatus.QUEUED : MonitoringRunStatus.RUNNING;
    const claimed = await this.repository.update({ id, status: MonitoringRunStatus.FAILED }, { status: waiting, failure: null, finishedAt: null, requestedBy: actor });
    if (!claimed.affected) throw new ConflictError('Повторить можно только мониторинг, завершившийся сбоем');
    const requestedAt = new Date().toISOString();
    if (!run.municipalityId) {
      const failed = await this.repository.find({ where: { parentRunId: id, status: MonitoringRunStatus.FAILED }, select: { id: true } });
      await this.repository.update({ parentRunId: id, status: MonitoringRunStatus.FAILED }, { status: MonitoringRunStatus.QUEUED, failure: null, finishedAt: null });
      await this.jobs.addManyOrUndo(JobName.MONITORING_RUN, failed.map((c) => ({ runId: c.id, requestedAt })), async () => {
        await this.repository.update({ id: In(failed.map((c) => c.id)) }, { status: MonitoringRunStatus.FAILED, failure: INTERNAL_FAILURE });
        await this.repository.update({ id }, { status: MonitoringRunStatus.FAILED, failure: run.failure });
      });
      return this.get(actor, id);
    }
    if (run.parentRunId) await this.repository.update({ id: run.parentRunId, status: MonitoringRunStatus.FAILED }, { status: MonitoringRunStatus.RUNNING, failure: null, finishedAt: null });
    await this.jobs.addOrUndo(JobName.MONITORING_RUN, { runId: id, requestedAt }, () => this.repository.update({ id }, { status: MonitoringRunStatus.FAILED, failure: run.failure }));
    return this.get(actor, id);
  }

  async list(actor: Actor, query: MonitoringRunQueryDto): Promise<Page<MonitoringRunDto>> {
    const q = this.visible(actor);
    if (query.municipalityId) q.andWhere('e.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    if (query.status) q.andWhere('e.status = :status', { status: query.status });
    if (query.scope) q.andWhere(query.scope === MonitoringScope.REGION ? 'e.municipalityId IS NULL' : 'e.municipalityId IS NOT NULL');
    if (query.parentRunId) q.andWhere('e.parentRunId = :parentRunId', { parentRunId: query.parentRunId });
    // At region level a region run stands for its municipalities' runs, which are listed under it.
    else if (seesRegionRuns(actor) && !query.municipalityId) q.andWhere('e.parentRunId IS NULL');
    const sortable = { createdAt: 'e.created_at', asOf: 'e.as_of', status: 'e.status', municipality: '(SELECT name FROM municipality WHERE id = e.municipality_id)' };
    const page = await paginate(q, query, sortable, '-createdAt', (run) => run);
    return { ...page, items: await this.toDtos(page.items) };
  }

  async get(actor: Actor, id: string): Promise<MonitoringRunDto> {
    const [dto] = await this.toDtos([await this.findOne(actor, id)]);
    return dto;
  }

  /** A run in scope that is done (its values and note exist only then). */
  async doneRun(actor: Actor, id: string): Promise<MonitoringRun> {
    const run = await this.findOne(actor, id);
    if (run.status !== MonitoringRunStatus.DONE) throw new ConflictError('Мониторинг ещё не готов: значения появятся, когда он завершится');
    return run;
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
    if (run.parentRunId) await this.rollUpWhenComplete(run.parentRunId);
  }

  /**
   * After each municipality's run of a region run: once none is waiting or running, the region's
   * values are summed from them and the region run is done — or failed, naming how many
   * municipalities failed (they can be retried). The region run's row is locked, so of two runs
   * finishing at once only one rolls up; each checks after its own commit, so the last one sees
   * all the others finished.
   */
  private async rollUpWhenComplete(parentId: string): Promise<void> {
    if ((await this.childrenOf(this.dataSource.manager, parentId)).pending > 0) return; // most runs: others still to come, no lock taken
    const rolledUp = await this.dataSource.transaction(async (manager) => {
      const parent = await manager.getRepository(MonitoringRun).findOne({ where: { id: parentId, status: MonitoringRunStatus.RUNNING }, lock: { mode: 'pessimistic_write' } });
      if (!parent) return false;
      const { pending, failed, total } = await this.childrenOf(manager, parentId);
      if (pending > 0) return false;
      if (failed > 0) {
        await manager.update(MonitoringRun, { id: parentId }, {
          status: MonitoringRunStatus.FAILED, finishedAt: new Date(),
          failure: `Не посчитаны муниципалитеты: ${failed} из ${total}. Повторите мониторинг: будут пересчитаны только они`,
        });
        return false;
      }
      await computeRun(manager, parent, this.config.monitoringAtRiskPoints);
      await manager.update(MonitoringRun, { id: parentId }, { status: MonitoringRunStatus.DONE, finishedAt: new Date() });
      return true;
    });
    if (rolledUp) await this.jobs.add(JobName.NOTE_GENERATE, { runId: parentId });
  }

  /** How many of a region run's municipalities' runs are still to finish, and how many failed. */
  private async childrenOf(manager: EntityManager, parentId: string): Promise<{ pending: number; failed: number; total: number }> {
    const [counts] = await manager.query(
      `SELECT count(*) FILTER (WHERE status NOT IN ('${MonitoringRunStatus.DONE}', '${MonitoringRunStatus.FAILED}'))::int AS pending,
              count(*) FILTER (WHERE status = '${MonitoringRunStatus.FAILED}')::int AS failed, count(*)::int AS total
       FROM monitoring_run WHERE parent_run_id = $1`,
      [parentId],
    );
    return counts;
  }

  /** A queued run of a municipality; `requestedBy` null: the schedule asked for it. */
  private createRun(municipality: Municipality, periodFrom: string, asOf: string, requestedBy: Actor | null): Promise<MonitoringRun> {
    return this.repository.save(this.repository.create({
      regionId: municipality.regionId, municipalityId: municipality.id, parentRunId: null, periodFrom, asOf, status: MonitoringRunStatus.QUEUED, requestedBy,
      failure: null, startedAt: null, finishedAt: null,
    }));
  }

  /** The runs' DTOs: what they add to the rows (place names, note, a region run's progress, who started it) in one round trip. */
  private async toDtos(runs: MonitoringRun[]): Promise<MonitoringRunDto[]> {
    const rows: { id: string; region_name: string; municipality_name: string | null; note_ready: boolean; started_by_name: string | null; total: number; done: number; failed: number }[] =
      await this.dataSource.query(
        `SELECT r.id, (SELECT name FROM region WHERE id = r.region_id) AS region_name, (SELECT name FROM municipality WHERE id = r.municipality_id) AS municipality_name,
                EXISTS (SELECT 1 FROM monitoring_note n WHERE n.run_id = r.id) AS note_ready,
                (SELECT full_name FROM app_user WHERE id = CASE WHEN r.requested_by->>'kind' = 'user' THEN (r.requested_by->>'id')::uuid END) AS started_by_name,
                progress.total, progress.done, progress.failed
         FROM monitoring_run r
         LEFT JOIN LATERAL (
           SELECT count(*)::int AS total, count(*) FILTER (WHERE c.status = '${MonitoringRunStatus.DONE}')::int AS done,
                  count(*) FILTER (WHERE c.status = '${MonitoringRunStatus.FAILED}')::int AS failed
           FROM monitoring_run c WHERE c.parent_run_id = r.id AND r.municipality_id IS NULL
         ) progress ON true
         WHERE r.id = ANY($1::uuid[])`,
        [runs.map((r) => r.id)],
      );
    const details = new Map(rows.map((row) => [row.id, row]));
    return runs.map((run) => {
      const detail = details.get(run.id);
      return {
        id: run.id, scope: run.municipalityId ? MonitoringScope.MUNICIPALITY : MonitoringScope.REGION, regionId: run.regionId, regionName: detail?.region_name ?? '',
        municipalityId: run.municipalityId, municipalityName: run.municipalityId ? detail?.municipality_name ?? '' : null, parentRunId: run.parentRunId,
        progress: run.municipalityId ? null : { total: detail?.total ?? 0, done: detail?.done ?? 0, failed: detail?.failed ?? 0 },
        periodFrom: run.periodFrom, asOf: run.asOf, status: run.status, scheduled: run.requestedBy === null, failure: run.failure, createdAt: run.createdAt.toISOString(),
        startedAt: run.startedAt?.toISOString() ?? null, finishedAt: run.finishedAt?.toISOString() ?? null,
        noteReady: detail?.note_ready ?? false, startedByName: run.requestedBy ? detail?.started_by_name ?? null : null,
      };
    });
  }
}
