import { EntityManager } from 'typeorm';
import {
  INDICATOR_GROUP_TITLES, IndicatorBreakdown, IndicatorGroup, IndicatorLevel, IndicatorUnit, RECOMMENDATION_ADDRESSEE_TITLES, RecommendationAddressee, TARGET_STATUS_TITLES, TargetStatus,
} from '@sopr/shared';
import { INDICATORS, indicatorByCode } from '../catalogue/catalogue';
import { MonitoringRun } from '../runs/monitoring-run.entity';
import { TOPIC_MIN_TEACHERS } from '../recommendations/recommendation-rules';
import { genitiveCount, russianDate, russianDecimal } from '../russian';

/** One indicator in the note: its value at the municipality with target, status and change. */
export interface NoteRow {
  name: string;
  value: string;
  target: string;
  status: string;
  change: string;
}

export interface NoteSection {
  title: string;
  rows: NoteRow[];
  /** Organizations below target, per indicator. */
  below: { indicator: string; organizations: string[] }[];
}

/** What an analytical note says, independent of the format it is written in. */
export interface AnalyticalNote {
  title: string;
  place: string;
  period: string;
  population: string;
  summary: NoteRow[];
  sections: NoteSection[];
  /** How the places below the run's are named: organizations of a municipality, municipalities of a region. */
  places: { below: string; allMet: string };
  affected: string[];
  conclusions: string[];
  recommendations: string[];
}


/** A value as people read it: «40,5 %», «2,8 на 100», «27». */
export function formatValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return '—';
  if (unit === IndicatorUnit.SHARE) return `${russianDecimal(value)} %`;
  if (unit === IndicatorUnit.PER_100) return russianDecimal(value);
  if (unit === IndicatorUnit.YES_NO) return value ? 'да' : 'нет';
  return String(Math.round(value));
}

function formatChange(unit: IndicatorUnit, change: number | null): string {
  if (change === null) return '—';
  if (change === 0) return 'без изменений';
  const sign = change > 0 ? '+' : '−';
  return `${sign}${russianDecimal(Math.abs(change))}${unit === IndicatorUnit.SHARE ? ' п.' : ''}`;
}

interface ValueRow { indicator_code: string; place_id: string | null; place_name: string | null; denominator: number | null; value: string | null; target: string | null; status: TargetStatus | null; previous_value: string | null }

/** Reads a finished run and its recommendations and says what the note will say. */
export async function buildAnalyticalNote(manager: EntityManager, run: MonitoringRun): Promise<AnalyticalNote> {
  const region = run.municipalityId === null;
  const [{ place }] = await manager.query(
    region
      ? `SELECT r.name AS place FROM region r WHERE r.id = $1`
      : `SELECT m.name || ' (' || r.name || ')' AS place FROM municipality m JOIN region r ON r.id = m.region_id WHERE m.id = $1`,
    [run.municipalityId ?? run.regionId],
  );
  // The run's own totals, and the places below it: a municipality's organizations, a region's municipalities (their runs).
  const values: ValueRow[] = await manager.query(
    region
      ? `SELECT v.indicator_code, v.municipality_id AS place_id, m.name AS place_name, v.denominator, v.value, v.target, v.status, v.previous_value
         FROM monitoring_value v LEFT JOIN municipality m ON m.id = v.municipality_id
         WHERE v.breakdown IS NULL AND (v.run_id = $1 OR (v.run_id IN (SELECT id FROM monitoring_run WHERE parent_run_id = $1) AND v.level = '${IndicatorLevel.MUNICIPALITY}'))
         ORDER BY place_name NULLS FIRST`
      : `SELECT v.indicator_code, v.organization_id AS place_id, coalesce(o.short_name, o.name) AS place_name, v.denominator, v.value, v.target, v.status, v.previous_value
         FROM monitoring_value v LEFT JOIN organization o ON o.id = v.organization_id WHERE v.run_id = $1 AND v.breakdown IS NULL ORDER BY place_name NULLS FIRST`,
    [run.id],
  );
  const recommendations: { addressee: RecommendationAddressee; rule_code: string; text: string }[] = await manager.query(
    `SELECT addressee, rule_code, text FROM recommendation WHERE run_id IN (SELECT $1 UNION ALL SELECT id FROM monitoring_run WHERE parent_run_id = $1)
     ORDER BY addressee, rule_code, text`,
    [run.id],
  );
  const mostAffected: { breakdown: IndicatorBreakdown; breakdown_name: string; value: string }[] = await manager.query(
    `SELECT breakdown, breakdown_name, value FROM (
       SELECT breakdown, breakdown_name, value, row_number() OVER (PARTITION BY breakdown ORDER BY value DESC, breakdown_name) AS rank
       FROM monitoring_value WHERE run_id = $1 AND indicator_code = 'DIAG_DEFICIT_AREA' AND breakdown IN ('${IndicatorBreakdown.COMPETENCE}', '${IndicatorBreakdown.SUBJECT}')
         AND value > 0 AND denominator >= ${TOPIC_MIN_TEACHERS}
     ) ranked WHERE rank <= 3 ORDER BY breakdown, rank`,
    [run.id],
  );
  const own = new Map(values.filter((v) => v.place_id === null).map((v) => [v.indicator_code, v]));
  const rowOf = (code: string): NoteRow | null => {
    const definition = indicatorByCode(code);
    const v = own.get(code);
    if (!definition || !v) return null;
    const value = v.value === null ? null : Number(v.value);
    const previous = v.previous_value === null ? null : Number(v.previous_value);
    return {
      name: definition.name, value: formatValue(definition.unit, value), target: v.target === null ? '—' : formatValue(definition.unit, Number(v.target)),
      status: v.status ? TARGET_STATUS_TITLES[v.status] : 'цель не задана', change: formatChange(definition.unit, value !== null && previous !== null ? value - previous : null),
    };
  };
  const summary = INDICATORS.map((d) => rowOf(d.code)).filter((r): r is NoteRow => r !== null);
  const sections = Object.values(IndicatorGroup).map((group): NoteSection => {
    const codes = INDICATORS.filter((d) => d.group === group).map((d) => d.code);
    return {
      title: INDICATOR_GROUP_TITLES[group],
      rows: codes.map(rowOf).filter((r): r is NoteRow => r !== null),
      below: codes.map((code) => ({
        indicator: indicatorByCode(code)!.name,
        organizations: values.filter((v) => v.indicator_code === code && v.place_id && v.status === TargetStatus.NOT_MET).map((v) => v.place_name!),
      })).filter((b) => b.organizations.length > 0),
    };
  }).filter((s) => s.rows.length > 0);

  const withTarget = [...own.values()].filter((v) => v.status !== null);
  const count = (status: TargetStatus) => withTarget.filter((v) => v.status === status).length;
  const conclusions = [
    withTarget.length === 0
      ? 'Целевые значения на этот год не заданы: показатели приведены без оценки достижения.'
      : `Из ${genitiveCount(withTarget.length, 'показателя', 'показателей')} с целевыми значениями достигнуто ${count(TargetStatus.MET)}, под угрозой ${count(TargetStatus.AT_RISK)}, `
        + `не достигнуто ${count(TargetStatus.NOT_MET)}.`,
  ];
  const changes = [...own.values()]
    .filter((v) => v.value !== null && v.previous_value !== null && indicatorByCode(v.indicator_code)?.unit === IndicatorUnit.SHARE)
    .map((v) => ({ code: v.indicator_code, change: Number(v.value) - Number(v.previous_value) }))
    .filter((c) => c.change !== 0)
    .sort((a, b) => b.change - a.change);
  if (changes.length > 0) {
    const best = changes[0];
    const worst = changes[changes.length - 1];
    if (best.change > 0) conclusions.push(`Наибольший рост с прошлого мониторинга — «${indicatorByCode(best.code)!.name}»: ${formatChange(IndicatorUnit.SHARE, best.change)}.`);
    if (worst.change < 0) conclusions.push(`Наибольшее снижение — «${indicatorByCode(worst.code)!.name}»: ${formatChange(IndicatorUnit.SHARE, worst.change)}.`);
  } else {
    conclusions.push('Предыдущего мониторинга для сравнения нет или показатели не изменились.');
  }
  const lagging = new Set(sections.flatMap((s) => s.below.flatMap((b) => b.organizations)));
  if (lagging.size > 0) conclusions.push(`${region ? 'Муниципалитетов' : 'Организаций'}, не достигших целевых значений хотя бы по одному показателю: ${lagging.size}.`);
  const affectedBy = (breakdown: IndicatorBreakdown) => mostAffected.filter((a) => a.breakdown === breakdown).map((a) => `${a.breakdown_name} — ${formatValue(IndicatorUnit.SHARE, Number(a.value))}`);

  const byAddressee = Object.values(RecommendationAddressee).map((a) => [a, recommendations.filter((r) => r.addressee === a).length] as const).filter(([, n]) => n > 0);
  return {
    title: 'Аналитическая справка по результатам мониторинга системы обеспечения профессионального развития педагогических работников',
    place,
    period: `Период: ${russianDate(run.periodFrom)} — ${russianDate(run.asOf)}; показатели на ${russianDate(run.asOf)}.`,
    population: `Педагогических работников на дату мониторинга (каждый учтён один раз): ${own.get('STAFF_HIGHER_EDU')?.denominator ?? '—'}.`,
    summary, sections,
    places: region
      ? { below: 'Муниципалитеты, не достигшие целевых значений:', allMet: 'Все муниципалитеты достигли целевых значений по показателям раздела, для которых они заданы.' }
      : { below: 'Организации, не достигшие целевых значений:', allMet: 'Все организации достигли целевых значений по показателям раздела, для которых они заданы.' },
    affected: [
      ...(affectedBy(IndicatorBreakdown.COMPETENCE).length ? [`Компетенции с наибольшей долей педагогов с дефицитами: ${affectedBy(IndicatorBreakdown.COMPETENCE).join('; ')}.`] : []),
      ...(affectedBy(IndicatorBreakdown.SUBJECT).length ? [`Предметы с наибольшей долей педагогов с дефицитами: ${affectedBy(IndicatorBreakdown.SUBJECT).join('; ')}.`] : []),
      ...recommendations.filter((r) => r.rule_code === 'deficit-topic').map((r) => r.text),
    ],
    conclusions,
    recommendations: [
      ...byAddressee.map(([a, n]) => `${RECOMMENDATION_ADDRESSEE_TITLES[a]}: ${n}.`),
      // A region's note counts its municipalities' recommendations; their texts are in the municipalities' notes.
      ...(region ? [] : recommendations.filter((r) => r.addressee === RecommendationAddressee.MUNICIPALITY).map((r) => r.text)),
    ],
  };
}
