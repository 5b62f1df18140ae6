import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../../shared/lib/format';
import { ACTION_TITLES, ENTITY_TITLES } from '../audit-format';

export const AUDIT_FILTERS = ['entity', 'action', 'from', 'to'] as const;
export type AuditFilter = (typeof AUDIT_FILTERS)[number];

const toOptions = (titles: Readonly<Record<string, string>>) => Object.entries(titles).map(([value, label]) => ({ value, label }));

export function AuditFilters({ list }: { list: ListStateApi<AuditFilter> }) {
  const { filters } = list.state;
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filters.from ? dayjs(filters.from, API_DATE_FORMAT) : null,
    filters.to ? dayjs(filters.to, API_DATE_FORMAT) : null,
  ];
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
      <DatePicker.RangePicker
        value={range}
        format={DATE_FORMAT}
        allowEmpty={[true, true]}
        placeholder={['С даты', 'По дату']}
        onChange={(dates) => {
          const [from, to] = dates ?? [null, null];
          list.setFilters({ from: from ? from.format(API_DATE_FORMAT) : undefined, to: to ? to.format(API_DATE_FORMAT) : undefined });
        }}
        data-testid="filter-dates"
      />
    </ListToolbar>
  );
}
