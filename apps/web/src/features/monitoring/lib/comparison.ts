/**
 * A done region run's comparison matrix as its page shows it: the indicators by group in catalogue
 * order, the region's value and each municipality's side by side, with what a cell's tooltip says. Pure.
 */
import type { IndicatorDto, MonitoringComparisonCellDto, MonitoringComparisonDto, MonitoringComparisonRowDto } from '@sopr/api-client';
import { formatIndicatorChange, formatIndicatorValue, formatParts, formatTargetValue, groupBy, Grouped, statusView } from './indicators';

/** One indicator's row of the matrix with the indicator's definition. */
export interface ComparisonMatrixRow {
  indicator: IndicatorDto;
  row: MonitoringComparisonRowDto;
}

/**
 * The rows in catalogue order, each with its indicator, grouped by the indicator's group. Rows of
 * indicators the catalogue no longer has are left out (their unit is unknown).
 */
export function comparisonRowsByGroup(indicators: readonly IndicatorDto[], comparison: Pick<MonitoringComparisonDto, 'rows'>): Grouped<ComparisonMatrixRow>[] {
  const byCode = new Map(comparison.rows.map((row) => [row.indicatorCode, row]));
  const rows: ComparisonMatrixRow[] = [];
  for (const indicator of indicators) {
    const row = byCode.get(indicator.code);
    if (row) rows.push({ indicator, row });
  }
  return groupBy(rows, (row) => row.indicator.group);
}

/** The cell of column `index` of a row (0 — the region, then the municipalities in order); null without a value. */
export function comparisonCell(row: MonitoringComparisonRowDto, index: number): MonitoringComparisonCellDto | null {
  return (index === 0 ? row.region : row.municipalities[index - 1]) ?? null;
}

/** antd Tag colour of a cell: the target status's (green, orange, red); undefined without a status. */
export function comparisonCellColor(cell: Pick<MonitoringComparisonCellDto, 'status' | 'target' | 'value'> | null): string | undefined {
  if (!cell?.status) return undefined;
  const view = statusView(cell.status, cell.target, cell.value);
  return view.color === 'default' ? undefined : view.color;
}

/** The lines of a cell's tooltip: numerator of denominator, target with status, change since the previous run. */
export function comparisonCellDetails(indicator: Pick<IndicatorDto, 'unit'>, cell: MonitoringComparisonCellDto | null): string[] {
  if (!cell) return ['Нет значения'];
  const lines: string[] = [];
  const parts = formatParts(cell.numerator, cell.denominator);
  lines.push(parts ? `Числитель / знаменатель: ${parts}` : `Значение: ${formatIndicatorValue(indicator.unit, cell.value)}`);
  if (cell.target !== null) lines.push(`Цель: ${formatTargetValue(indicator.unit, cell.target)} — ${statusView(cell.status, cell.target, cell.value).title}`);
  else lines.push('Цель не задана');
  lines.push(cell.change === null ? 'Изменение: нет предыдущего мониторинга' : `Изменение: ${formatIndicatorChange(indicator.unit, cell.change)}`);
  return lines;
}
