import { XlsxColumn } from '@sopr/server-core';
import { INDICATOR_BREAKDOWN_TITLES, INDICATOR_UNIT_TITLES, IndicatorLevel, TARGET_STATUS_TITLES } from '@sopr/shared';
import { indicatorByCode } from '../catalogue/catalogue';
import { MonitoringValueDto } from './monitoring-run.dto';

const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const LEVEL_TITLES: Record<IndicatorLevel, string> = {
  [IndicatorLevel.REGION]: 'Регион',
  [IndicatorLevel.MUNICIPALITY]: 'Муниципалитет',
  [IndicatorLevel.ORGANIZATION]: 'Организация',
};

/** The tables of a run for the analytical note: one row per indicator, place and breakdown key. */
export const MONITORING_EXPORT_COLUMNS: XlsxColumn<MonitoringValueDto>[] = [
  { header: 'Уровень', width: 14, value: (v) => LEVEL_TITLES[v.level] },
  { header: 'Муниципалитет', width: 28, value: (v) => v.municipalityName ?? '' },
  { header: 'Организация', width: 36, value: (v) => v.organizationName ?? '' },
  { header: 'Код', width: 22, value: (v) => v.indicatorCode },
  { header: 'Показатель', width: 60, value: (v) => indicatorByCode(v.indicatorCode)?.name ?? v.indicatorCode },
  { header: 'Единица', width: 16, value: (v) => { const d = indicatorByCode(v.indicatorCode); return d ? INDICATOR_UNIT_TITLES[d.unit] : ''; } },
  { header: 'Разрез', width: 22, value: (v) => (v.breakdown ? INDICATOR_BREAKDOWN_TITLES[v.breakdown] : 'итого') },
  { header: 'Значение разреза', width: 30, value: (v) => v.breakdownName ?? '' },
  { header: 'Числитель', width: 12, value: (v) => v.numerator },
  { header: 'Знаменатель', width: 12, value: (v) => v.denominator },
  { header: 'Значение', width: 12, value: (v) => rounded(v.value) },
  { header: 'Цель', width: 10, value: (v) => v.target },
  { header: 'Статус', width: 16, value: (v) => (v.status ? TARGET_STATUS_TITLES[v.status] : v.target === null ? 'цель не задана' : '') },
  { header: 'Прошлый мониторинг', width: 14, value: (v) => rounded(v.previousValue) },
  { header: 'Изменение', width: 12, value: (v) => rounded(v.change) },
];
