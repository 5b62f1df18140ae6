import { Select } from 'antd';
import { ListStateApi } from '../hooks/useListState';
import { ListToolbar } from './ListToolbar';
import { PeriodPicker } from './PeriodPicker';

export const KIND_PERIOD_FILTERS = ['kind', 'from', 'to'] as const;
export type KindPeriodFilter = (typeof KIND_PERIOD_FILTERS)[number];

/** Search by name, a kind and a period (a record counts if it overlaps it): events, procedures. */
export function KindPeriodFilters({ list, kindOptions, searchPlaceholder, kindPlaceholder }: {
  list: ListStateApi<KindPeriodFilter>;
  kindOptions: { value: string; label: string }[];
  searchPlaceholder: string;
  kindPlaceholder: string;
}) {
  const { filters, q } = list.state;
  return (
    <ListToolbar search={q} onSearch={list.setSearch} searchPlaceholder={searchPlaceholder} onReset={list.reset}>
      <Select<string>
        value={filters.kind}
        onChange={(value) => list.setFilter('kind', value ?? undefined)}
        allowClear
        placeholder={kindPlaceholder}
        style={{ width: 300 }}
        options={kindOptions}
        data-testid="filter-kind"
      />
      <PeriodPicker from={filters.from} to={filters.to} onChange={(period) => list.setFilters(period)} />
    </ListToolbar>
  );
}
