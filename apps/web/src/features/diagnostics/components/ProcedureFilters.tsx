import { KindPeriodFilter, KindPeriodFilters } from '../../../shared/components/KindPeriodFilters';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { PROCEDURE_KIND_OPTIONS } from '../lib/titles';

export { KIND_PERIOD_FILTERS as PROCEDURE_FILTERS } from '../../../shared/components/KindPeriodFilters';

/** Search by name, the kind and the period (a procedure counts if it overlaps it). */
export function ProcedureFilters({ list }: { list: ListStateApi<KindPeriodFilter> }) {
  return <KindPeriodFilters list={list} kindOptions={PROCEDURE_KIND_OPTIONS} searchPlaceholder="Название процедуры" kindPlaceholder="Вид процедуры" />;
}
