import { Select } from 'antd';

/** «Активные / Неактивные / Все» filter; values 'true' | 'false' | undefined as in the URL. */
export function ActiveSelect({ value, onChange, activeText = 'Активные', inactiveText = 'Неактивные' }: {
  value?: string;
  onChange: (value: string | undefined) => void;
  activeText?: string;
  inactiveText?: string;
}) {
  return (
    <Select<string>
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      allowClear
      placeholder="Состояние"
      style={{ width: 160 }}
      options={[
        { value: 'true', label: activeText },
        { value: 'false', label: inactiveText },
      ]}
      data-testid="filter-active"
    />
  );
}
