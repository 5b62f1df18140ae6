import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { API_DATE_FORMAT, DATE_FORMAT } from '../lib/format';

export interface Period {
  from?: string;
  to?: string;
}

/** A period filter: either end may be empty; values are API dates (YYYY-MM-DD). */
export function PeriodPicker({ from, to, onChange, placeholder = ['С даты', 'По дату'], testId = 'filter-dates' }: Period & {
  onChange: (period: Period) => void;
  placeholder?: [string, string];
  testId?: string;
}) {
  return (
    <DatePicker.RangePicker
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      format={DATE_FORMAT}
      allowEmpty={[true, true]}
      placeholder={placeholder}
      onChange={(dates) => {
        const [start, end] = dates ?? [null, null];
        onChange({ from: start ? start.format(API_DATE_FORMAT) : undefined, to: end ? end.format(API_DATE_FORMAT) : undefined });
      }}
      data-testid={testId}
    />
  );
}
