import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import {
  useMunicipalityName,
  useMunicipalityOptions,
  useOrganizationName,
  useOrganizationOptions,
  useRegionName,
  useRegionOptions,
} from '../hooks/usePlaces';

interface Option {
  value: string;
  label: string;
}

interface SearchSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

interface BaseProps extends SearchSelectProps {
  options: Option[];
  loading: boolean;
  /** The name of the current value when it is not among the loaded options. */
  selectedLabel?: string;
  onSearch: (text: string) => void;
}

function SearchSelect({ options, loading, selectedLabel, onSearch, value, onChange, ...rest }: BaseProps) {
  const merged = useMemo(() => {
    if (!value || options.some((option) => option.value === value)) return options;
    return [{ value, label: selectedLabel ?? '…' }, ...options];
  }, [options, value, selectedLabel]);
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch }}
      options={merged}
      loading={loading}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      notFoundContent={loading ? 'Загрузка…' : 'Ничего не найдено'}
      {...rest}
    />
  );
}

function useSearchText() {
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text.trim(), 300);
  return { q: debounced || undefined, onSearch: setText };
}

export function RegionSelect(props: SearchSelectProps) {
  const { q, onSearch } = useSearchText();
  const list = useRegionOptions({ q });
  const selected = useRegionName(props.value);
  const options = (list.data?.items ?? []).map((region) => ({ value: region.id, label: region.name }));
  return (
    <SearchSelect placeholder="Выберите регион" {...props} options={options} loading={list.isFetching} selectedLabel={selected.name} onSearch={onSearch} />
  );
}

export function MunicipalitySelect({ regionId, ...props }: SearchSelectProps & { regionId?: string }) {
  const { q, onSearch } = useSearchText();
  const list = useMunicipalityOptions({ q, regionId });
  const selected = useMunicipalityName(props.value);
  const options = (list.data?.items ?? []).map((municipality) => ({ value: municipality.id, label: municipality.name }));
  return (
    <SearchSelect
      placeholder="Выберите муниципалитет"
      {...props}
      options={options}
      loading={list.isFetching}
      selectedLabel={selected.name}
      onSearch={onSearch}
    />
  );
}

export function OrganizationSelect({ municipalityId, ...props }: SearchSelectProps & { municipalityId?: string }) {
  const { q, onSearch } = useSearchText();
  const list = useOrganizationOptions({ q, municipalityId });
  const selected = useOrganizationName(props.value);
  const options = (list.data?.items ?? []).map((organization) => ({ value: organization.id, label: organization.name }));
  return (
    <SearchSelect
      placeholder="Выберите организацию"
      {...props}
      options={options}
      loading={list.isFetching}
      selectedLabel={selected.name}
      onSearch={onSearch}
    />
  );
}
