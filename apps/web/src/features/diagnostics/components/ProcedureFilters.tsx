import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../../shared/lib/format';
import { PROCEDURE_KIND_OPTIONS } from '../lib/titles';

export const PROCEDURE_FILTERS = ['kind', 'from', 'to'] as const;
export type ProcedureFilter = (typeof PROCEDURE_FILTERS)[number];

/** Search by name, the kind and the period (a procedure counts if it overlaps it). */
export function ProcedureFilters({ list }: { list: ListStateApi<ProcedureFilter> }) {
  const { filters, q } = list.state;
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null];
  return (
    <ListToolbar search={q} onSearch={list.setSearch} searchPlaceholder="Название процедуры" onReset={list.reset}>
      <Select<string>
        value={filters.kind}
        onChange={(value) => list.setFilter('kind', value ?? undefined)}
        allowClear
        placeholder="Вид процедуры"
        style={{ width: 300 }}
        options={PROCEDURE_KIND_OPTIONS}
        data-testid="filter-kind"
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
