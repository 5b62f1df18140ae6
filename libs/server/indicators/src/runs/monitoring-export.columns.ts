import { XlsxColumn } from '@sopr/server-core';
import { INDICATOR_UNIT_TITLES, IndicatorLevel, TARGET_STATUS_TITLES } from '@sopr/shared';
import { indicatorByCode } from '../catalogue/catalogue';
import { MonitoringValueDto } from './monitoring-run.dto';

const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The tables of a run for the analytical note: one row per indicator and place. */
export const MONITORING_EXPORT_COLUMNS: XlsxColumn<MonitoringValueDto>[] = [
  { header: 'Уровень', width: 14, value: (v) => (v.level === IndicatorLevel.MUNICIPALITY ? 'Муниципалитет' : 'Организация') },
  { header: 'Организация', width: 36, value: (v) => v.organizationName ?? '' },
  { header: 'Код', width: 22, value: (v) => v.indicatorCode },
  { header: 'Показатель', width: 60, value: (v) => indicatorByCode(v.indicatorCode)?.name ?? v.indicatorCode },
  { header: 'Единица', width: 16, value: (v) => { const d = indicatorByCode(v.indicatorCode); return d ? INDICATOR_UNIT_TITLES[d.unit] : ''; } },
  { header: 'Числитель', width: 12, value: (v) => v.numerator },
  { header: 'Знаменатель', width: 12, value: (v) => v.denominator },
  { header: 'Значение', width: 12, value: (v) => rounded(v.value) },
  { header: 'Цель', width: 10, value: (v) => v.target },
  { header: 'Статус', width: 16, value: (v) => (v.status ? TARGET_STATUS_TITLES[v.status] : v.target === null ? 'цель не задана' : '') },
  { header: 'Прошлый мониторинг', width: 14, value: (v) => rounded(v.previousValue) },
  { header: 'Изменение', width: 12, value: (v) => rounded(v.change) },
];
