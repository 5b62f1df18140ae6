import { OrganizationKind, ORGANIZATION_KIND_TITLES } from '@sopr/shared';
import { Select } from 'antd';
import { ActiveSelect } from '../../../shared/components/ActiveSelect';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { MunicipalitySelect } from '../../places/components/PlaceSelects';

export const ORGANIZATION_FILTERS = ['municipalityId', 'kind', 'active'] as const;
export type OrganizationFilter = (typeof ORGANIZATION_FILTERS)[number];

export const KIND_OPTIONS = Object.values(OrganizationKind).map((kind) => ({ value: kind, label: ORGANIZATION_KIND_TITLES[kind] }));

export function OrganizationFilters({ list, byMunicipality }: { list: ListStateApi<OrganizationFilter>; byMunicipality: boolean }) {
  const { filters, q } = list.state;
  return (
    <ListToolbar search={q} onSearch={list.setSearch} searchPlaceholder="Название организации" onReset={list.reset}>
      {byMunicipality && (
        <MunicipalitySelect
          value={filters.municipalityId}
          onChange={(value) => list.setFilter('municipalityId', value)}
          allowClear
          placeholder="Муниципалитет"
          style={{ width: 260 }}
          data-testid="filter-municipality"
        />
      )}
      <Select<string>
        value={filters.kind}
        onChange={(value) => list.setFilter('kind', value ?? undefined)}
        allowClear
        placeholder="Тип организации"
        style={{ width: 280 }}
        options={KIND_OPTIONS}
        data-testid="filter-kind"
      />
      <ActiveSelect value={filters.active} onChange={(value) => list.setFilter('active', value)} activeText="Действующие" inactiveText="Неактивные" />
    </ListToolbar>
  );
}
