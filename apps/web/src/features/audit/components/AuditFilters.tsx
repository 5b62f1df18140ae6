import { Select } from 'antd';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { PeriodPicker } from '../../../shared/components/PeriodPicker';
import { ACTION_TITLES, ENTITY_TITLES } from '../audit-format';

export const AUDIT_FILTERS = ['entity', 'action', 'from', 'to'] as const;
export type AuditFilter = (typeof AUDIT_FILTERS)[number];

const toOptions = (titles: Readonly<Record<string, string>>) => Object.entries(titles).map(([value, label]) => ({ value, label }));

export function AuditFilters({ list }: { list: ListStateApi<AuditFilter> }) {
  const { filters } = list.state;
  return (
    <ListToolbar onReset={list.reset}>
      <Select<string>
        value={filters.entity}
        onChange={(value) => list.setFilter('entity', value ?? undefined)}
        allowClear
        placeholder="Объект"
        style={{ width: 200 }}
        options={toOptions(ENTITY_TITLES)}
        data-testid="filter-entity"
      />
      <Select<string>
        value={filters.action}
        onChange={(value) => list.setFilter('action', value ?? undefined)}
        allowClear
        placeholder="Действие"
        style={{ width: 240 }}
        options={toOptions(ACTION_TITLES)}
        data-testid="filter-action"
      />
      <PeriodPicker from={filters.from} to={filters.to} onChange={(period) => list.setFilters(period)} />
    </ListToolbar>
  );
}
