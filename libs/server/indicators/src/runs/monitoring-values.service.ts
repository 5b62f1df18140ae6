import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, BadRequestError, ConflictError, Page } from '@sopr/server-core';
import { IndicatorBreakdown, IndicatorLevel, MonitoringRunStatus, TargetStatus } from '@sopr/shared';
import { INDICATORS, indicatorByCode } from '../catalogue/catalogue';
import { breakdownKeys, splitsNumerator } from '../catalogue/breakdowns';
import { PERIOD_PARAMETERS, PERIOD_TYPED } from '../catalogue/indicator-definition';
import { PER_PERSON } from '../catalogue/person-records';
import { POPULATION_FROM, createBasePopulation } from '../compute/base-population';
import {
  MonitoringComparisonCellDto, MonitoringComparisonDto, MonitoringDynamicsDto, MonitoringDynamicsQueryDto, MonitoringPeopleQueryDto, MonitoringPersonDto,
  MonitoringRunDto, MonitoringValueDto, MonitoringValueQueryDto,
} from './monitoring-run.dto';
import { MonitoringRun } from './monitoring-run.entity';
import { MonitoringRunsService } from './monitoring-runs.service';

const CATALOGUE_ORDER = INDICATORS.map((d) => d.code);
const DYNAMICS_RUNS = 12;
/** Region comparisons kept in memory: how many runs, and for how long (a renamed municipality shows within a minute). */
const COMPARISONS_KEPT = 50;
const COMPARISON_KEPT_MS = 60_000;
const INVALID = 'Проверьте правильность заполнения полей';

const numberOrNull = (value: string | number | null | undefined) => (value === null || value === undefined ? null : Number(value));
const changeOf = (value: number | null, previous: number | null) => (value !== null && previous !== null ? value - previous : null);

type ValueFilters = Pick<MonitoringValueQueryDto, 'level' | 'organizationId' | 'indicatorCode' | 'municipalityId' | 'breakdown'> & { withBreakdowns?: boolean };

/**
 * What the dashboards read: a done run's stored values (never recomputed), a region's
 * municipalities side by side, an indicator's dynamics over runs, and the people behind a value.
 */
@Injectable()
export class MonitoringValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: MonitoringRunsService,
  ) {}

  /**
   * A done run's values never change, and a region's comparison (its municipalities × every
   * indicator) is what a region's people open at once after a run: built once a minute per run,
   * after each caller's own access check.
   */
  private readonly comparisons = new Map<string, { until: number; comparison: Promise<MonitoringComparisonDto> }>();

  /** A done run's values within scope (a school sees only its own organization's); totals unless a breakdown is asked for. */
  async values(actor: Actor, id: string, query: MonitoringValueQueryDto): Promise<Page<MonitoringValueDto>> {
    const run = await this.runs.doneRun(actor, id);
    const { items, total } = await this.valueRows(actor, run, query, { limit: query.limit, offset: query.offset });
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** Every value of a done run within scope, totals and breakdowns, for the XLSX tables; with the run itself. */
  async allValues(actor: Actor, id: string): Promise<{ run: MonitoringRunDto; values: MonitoringValueDto[] }> {
    const run = await this.runs.doneRun(actor, id);
    return { run: await this.runs.get(actor, id), values: (await this.valueRows(actor, run, { withBreakdowns: true })).items };
  }

  /**
   * A run's values: of a region run, the region's own and its municipalities' runs' (municipalities
   * and organizations). Region first, then municipalities, then organizations; indicators in
   * catalogue order, places by name.
   */
  private async valueRows(actor: Actor, run: MonitoringRun, filters: ValueFilters, page?: { limit: number; offset: number }): Promise<{ items: MonitoringValueDto[]; total: number }> {
    const params: unknown[] = [run.id];
    const where = [run.municipalityId ? 'v.run_id = $1' : 'v.run_id IN (SELECT $1 UNION ALL SELECT id FROM monitoring_run WHERE parent_run_id = $1)'];
    const add = (sql: string, value: unknown) => where.push(sql.replace('?', `$${params.push(value)}`));
    if (actor.organizationId) add('v.organization_id = ?', actor.organizationId);
    if (filters.level) add('v.level = ?', filters.level);
    if (filters.municipalityId) add('v.municipality_id = ?', filters.municipalityId);
    if (filters.organizationId) add('v.organization_id = ?', filters.organizationId);
    if (filters.indicatorCode) add('v.indicator_code = ?', filters.indicatorCode);
    if (filters.breakdown) add('v.breakdown = ?', filters.breakdown);
    else if (!filters.withBreakdowns) where.push('v.breakdown IS NULL');
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM monitoring_value v WHERE ${filter}`, params);
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT v.indicator_code, v.level, v.municipality_id, m.name AS municipality_name, v.organization_id, coalesce(o.short_name, o.name) AS organization_name,
              v.breakdown, v.breakdown_key, v.breakdown_name, v.numerator, v.denominator, v.value, v.target, v.status, v.previous_value
       FROM monitoring_value v LEFT JOIN municipality m ON m.id = v.municipality_id LEFT JOIN organization o ON o.id = v.organization_id
       WHERE ${filter}
       ORDER BY CASE v.level WHEN '${IndicatorLevel.REGION}' THEN 0 WHEN '${IndicatorLevel.MUNICIPALITY}' THEN 1 ELSE 2 END,
                array_position($${params.push(CATALOGUE_ORDER)}::text[], v.indicator_code::text), municipality_name, organization_name, v.breakdown NULLS FIRST, v.breakdown_name
       ${page ? `LIMIT $${params.push(page.limit)} OFFSET $${params.push(page.offset)}` : ''}`,
      params,
    );
    const items = rows.map((r) => {
      const value = numberOrNull(r['value']);
      const previousValue = numberOrNull(r['previous_value']);
      return {
        indicatorCode: String(r['indicator_code']), level: r['level'] as IndicatorLevel,
        municipalityId: (r['municipality_id'] as string | null) ?? null, municipalityName: (r['municipality_name'] as string | null) ?? null,
        organizationId: (r['organization_id'] as string | null) ?? null, organizationName: (r['organization_name'] as string | null) ?? null,
        breakdown: (r['breakdown'] as IndicatorBreakdown | null) ?? null, breakdownKey: (r['breakdown_key'] as string | null) ?? null,
        breakdownName: (r['breakdown_name'] as string | null) ?? null,
        numerator: Number(r['numerator']), denominator: numberOrNull(r['denominator']), value, target: numberOrNull(r['target']),
        status: (r['status'] as TargetStatus | null) ?? null, previousValue, change: changeOf(value, previousValue),
      };
    });
    return { items, total };
  }

  /** A done region run: the region and each of its municipalities, every indicator side by side. */
  async comparison(actor: Actor, id: string): Promise<MonitoringComparisonDto> {
    const run = await this.runs.doneRun(actor, id);
    if (run.municipalityId) throw new ConflictError('Сравнение муниципалитетов есть только у мониторинга региона');
    const kept = this.comparisons.get(run.id);
    if (kept && kept.until > Date.now()) return kept.comparison;
    if (this.comparisons.size >= COMPARISONS_KEPT) this.comparisons.delete(this.comparisons.keys().next().value!);
    const comparison = this.buildComparison(run);
    this.comparisons.set(run.id, { until: Date.now() + COMPARISON_KEPT_MS, comparison });
    comparison.catch(() => this.comparisons.delete(run.id));
    return comparison;
  }

  private async buildComparison(run: MonitoringRun): Promise<MonitoringComparisonDto> {
    const municipalities: { id: string; name: string; run_id: string }[] = await this.dataSource.query(
      `SELECT m.id, m.name, c.id AS run_id FROM monitoring_run c JOIN municipality m ON m.id = c.municipality_id WHERE c.parent_run_id = $1 ORDER BY m.name, m.id`,
      [run.id],
    );
    const values: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT v.indicator_code, v.municipality_id, v.numerator, v.denominator, v.value, v.target, v.status, v.previous_value
       FROM monitoring_value v WHERE v.run_id = $1 AND v.level = '${IndicatorLevel.REGION}' AND v.breakdown IS NULL
       UNION ALL
       SELECT v.indicator_code, v.municipality_id, v.numerator, v.denominator, v.value, v.target, v.status, v.previous_value
       FROM monitoring_run c JOIN monitoring_value v ON v.run_id = c.id AND v.level = '${IndicatorLevel.MUNICIPALITY}' AND v.breakdown IS NULL
       WHERE c.parent_run_id = $1`,
      [run.id],
    );
    const cells = new Map(values.map((r) => {
      const value = numberOrNull(r['value']);
      const cell: MonitoringComparisonCellDto = {
        numerator: Number(r['numerator']), denominator: numberOrNull(r['denominator']), value, target: numberOrNull(r['target']),
        status: (r['status'] as TargetStatus | null) ?? null, change: changeOf(value, numberOrNull(r['previous_value'])),
      };
      return [`${r['indicator_code']}|${r['municipality_id'] ?? ''}`, cell];
    }));
    return {
      municipalities: municipalities.map((m) => ({ id: m.id, name: m.name, runId: m.run_id })),
      rows: CATALOGUE_ORDER.filter((code) => cells.has(`${code}|`)).map((code) => ({
        indicatorCode: code, region: cells.get(`${code}|`)!, municipalities: municipalities.map((m) => cells.get(`${code}|${m.id}`) ?? null),
      })),
    };
  }

  /**
   * Each indicator over the done runs of the same place up to this run (the last 12, oldest
   * first): the municipality, an organization of it (a school: always its own), or the region.
   */
  async dynamics(actor: Actor, id: string, query: MonitoringDynamicsQueryDto): Promise<MonitoringDynamicsDto[]> {
    const run = await this.runs.doneRun(actor, id);
    const organizationId = actor.organizationId ?? query.organizationId ?? null;
    const rows: { run_id: string; as_of: string; indicator_code: string; value: string | null; target: string | null; status: TargetStatus | null }[] = await this.dataSource.query(
      `WITH runs AS (
         SELECT id, as_of, created_at FROM monitoring_run
         WHERE region_id = $1 AND municipality_id IS NOT DISTINCT FROM $2 AND status = '${MonitoringRunStatus.DONE}' AND (as_of, created_at) <= (SELECT as_of, created_at FROM monitoring_run WHERE id = $3)
         ORDER BY as_of DESC, created_at DESC LIMIT ${DYNAMICS_RUNS}
       )
       SELECT r.id AS run_id, to_char(r.as_of, 'YYYY-MM-DD') AS as_of, v.indicator_code, v.value, v.target, v.status
       FROM runs r JOIN monitoring_value v ON v.run_id = r.id
       WHERE v.breakdown IS NULL AND v.organization_id IS NOT DISTINCT FROM $4::uuid AND v.level = $5
       ORDER BY r.as_of, r.created_at`,
      [run.regionId, run.municipalityId, run.id, organizationId,
        organizationId ? IndicatorLevel.ORGANIZATION : run.municipalityId ? IndicatorLevel.MUNICIPALITY : IndicatorLevel.REGION],
    );
    return CATALOGUE_ORDER.map((code) => ({
      indicatorCode: code,
      points: rows.filter((r) => r.indicator_code === code).map((r) => ({
        runId: r.run_id, asOf: r.as_of, value: numberOrNull(r.value), target: numberOrNull(r.target), status: r.status ?? null,
      })),
    })).filter((d) => d.points.length > 0);
  }

  /**
   * The people behind a value of a done run: its base population on the run's date (from the
   * primary data as it is now), those in the numerator or the denominator, within scope; for a
   * breakdown, those of its key. A region run's people are looked up per municipality.
   */
  async people(actor: Actor, id: string, query: MonitoringPeopleQueryDto): Promise<Page<MonitoringPersonDto>> {
    const run = await this.runs.doneRun(actor, id);
    const definition = indicatorByCode(query.indicatorCode);
    if (!definition) throw new BadRequestError(INVALID, [{ field: 'indicatorCode', message: `Показателя с кодом ${query.indicatorCode} нет в каталоге` }]);
    const spec = query.breakdown ? definition.breakdowns?.find((b) => b.kind === query.breakdown) : undefined;
    if (query.breakdown && !spec) throw new BadRequestError(INVALID, [{ field: 'breakdown', message: 'У этого показателя нет такого разреза' }]);
    if (query.breakdown && !query.breakdownKey) throw new BadRequestError(INVALID, [{ field: 'breakdownKey', message: 'Укажите значение разреза' }]);
    const municipalityId = run.municipalityId ?? query.municipalityId;
    if (!municipalityId) throw new BadRequestError(INVALID, [{ field: 'municipalityId', message: 'Выберите муниципалитет: люди показываются по муниципалитету' }]);
    const empty = { items: [], total: 0, limit: query.limit, offset: query.offset };
    if (!run.municipalityId) {
      const [child] = await this.dataSource.query(`SELECT 1 FROM monitoring_run WHERE parent_run_id = $1 AND municipality_id = $2`, [run.id, municipalityId]);
      if (!child) return empty;
    }
    const organizationId = actor.organizationId ?? query.organizationId;
    if (actor.organizationId && query.organizationId && query.organizationId !== actor.organizationId) return empty;
    return this.dataSource.transaction(async (manager) => {
      await createBasePopulation(manager, municipalityId, run.asOf);
      const ctx = { ...PERIOD_PARAMETERS, ...PER_PERSON };
      const params: unknown[] = [run.periodFrom, run.asOf];
      const denominator = definition.denominator?.(ctx) ?? 'true';
      const where = [PERIOD_TYPED, `(${denominator})`];
      if (query.part === 'numerator') where.push(`(${definition.numerator(ctx)})`);
      // A population breakdown narrows both parts to the key's people; a numerator's breakdown only the numerator.
      if (spec && (query.part === 'numerator' || !splitsNumerator(spec))) {
        where.push(`$${params.push(query.breakdownKey)}::text = ANY(${breakdownKeys(spec)(ctx)})`);
      }
      if (organizationId) where.push(`p.organization_id = $${params.push(organizationId)}`);
      const from = `FROM ${POPULATION_FROM} JOIN organization o ON o.id = p.organization_id WHERE ${where.join(' AND ')}`;
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
}
