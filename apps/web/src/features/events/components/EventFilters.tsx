import { KindPeriodFilter, KindPeriodFilters } from '../../../shared/components/KindPeriodFilters';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { EVENT_KIND_OPTIONS } from '../lib/events';

export { KIND_PERIOD_FILTERS as EVENT_FILTERS } from '../../../shared/components/KindPeriodFilters';

/** Search by name, the kind of event and the dates (an event counts if it overlaps them). */
export function EventFilters({ list }: { list: ListStateApi<KindPeriodFilter> }) {
  return <KindPeriodFilters list={list} kindOptions={EVENT_KIND_OPTIONS} searchPlaceholder="Название мероприятия" kindPlaceholder="Вид мероприятия" />;
}
