import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { useStaffList } from '../../staff/hooks/useStaff';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  'data-testid'?: string;
}

/** A staff member of the caller's scope, searched on the server by name (`q`). */
export function StaffPicker({ value, onChange, ...rest }: Props) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300) || undefined;
  const query = useStaffList({ q, limit: 20, sort: 'fullName', status: 'active' });
  const options = useMemo(
    () =>
      (query.data?.items ?? []).map((member) => ({
        value: member.id,
        label: member.organizationName ? `${member.fullName} (${member.organizationName})` : member.fullName,
      })),
    [query.data],
  );
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      options={options}
      loading={query.isFetching}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      placeholder="Начните вводить фамилию"
      notFoundContent={query.isFetching ? 'Загрузка…' : 'Никто не найден'}
      {...rest}
    />
  );
}
