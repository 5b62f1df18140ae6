import { Select } from 'antd';
import { ActiveSelect } from '../../../shared/components/ActiveSelect';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { OrganizationSelect } from '../../places/components/PlaceSelects';
import { roleTitle, USER_ROLES } from '../roles';

export const USER_FILTERS = ['role', 'organizationId', 'active'] as const;
export type UserFilter = (typeof USER_FILTERS)[number];

export function UserFilters({ list, byOrganization, municipalityId }: { list: ListStateApi<UserFilter>; byOrganization: boolean; municipalityId?: string }) {
  const { filters, q } = list.state;
  return (
    <ListToolbar search={q} onSearch={list.setSearch} searchPlaceholder="ФИО или электронная почта" onReset={list.reset}>
      <Select<string>
        value={filters.role}
        onChange={(value) => list.setFilter('role', value ?? undefined)}
        allowClear
        placeholder="Роль"
        style={{ width: 240 }}
        options={USER_ROLES.map((role) => ({ value: role, label: roleTitle(role) }))}
        data-testid="filter-role"
      />
      {byOrganization && (
        <OrganizationSelect
          value={filters.organizationId}
          onChange={(value) => list.setFilter('organizationId', value)}
          municipalityId={municipalityId}
          allowClear
          placeholder="Организация"
          style={{ width: 280 }}
          data-testid="filter-organization"
        />
      )}
      <ActiveSelect value={filters.active} onChange={(value) => list.setFilter('active', value)} activeText="Вход разрешён" inactiveText="Заблокированные" />
    </ListToolbar>
  );
}
