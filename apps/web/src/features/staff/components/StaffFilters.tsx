import { DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { ListStateApi } from '../../../shared/hooks/useListState';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../../shared/lib/format';
import { MunicipalitySelect, OrganizationSelect } from '../../places/components/PlaceSelects';
import { useSubjects } from '../hooks/useStaff';
import { StaffBooleanFilter, StaffFilter, STAFF_STATUS_OPTIONS, statusOf, statusParam, StaffStatus } from '../lib/staff-filters';
import { AGE_GROUP_OPTIONS, CATEGORY_OPTIONS, EXPERIENCE_GROUP_OPTIONS, POSITION_OPTIONS } from '../lib/titles';

const CATEGORY_FILTER_OPTIONS = CATEGORY_OPTIONS.map((option) =>
  option.value === 'NONE' ? { ...option, label: 'Без действующей категории' } : option,
);

const FLAGS: { key: StaffBooleanFilter; label: string; yes: string; no: string }[] = [
  { key: 'youngSpecialist', label: 'Молодые специалисты', yes: 'Молодые специалисты', no: 'Кроме молодых специалистов' },
  { key: 'under35', label: 'Моложе 35 лет', yes: 'Моложе 35 лет', no: '35 лет и старше' },
  { key: 'pensionAge', label: 'Пенсионный возраст', yes: 'Пенсионного возраста', no: 'Не пенсионного возраста' },
  { key: 'trainedInLast3Years', label: 'Обучение за 3 года', yes: 'Обучались за 3 года', no: 'Не обучались за 3 года' },
];

interface Props {
  list: ListStateApi<StaffFilter>;
  /** Regional and system level: pick a municipality. */
  byMunicipality: boolean;
  /** Above a school: pick an organization. */
  byOrganization: boolean;
}

/** Search, every filter of GET /staff, «на дату», the status switch and «Сбросить». */
export function StaffFilters({ list, byMunicipality, byOrganization }: Props) {
  const { filters, q } = list.state;
  const subjects = useSubjects();
  const select = (key: StaffFilter) => ({
    value: filters[key],
    onChange: (value: string | undefined) => list.setFilter(key, value ?? undefined),
    allowClear: true,
    'data-testid': `filter-${key}`,
  });

  return (
    <>
      <ListToolbar search={q} onSearch={list.setSearch} searchPlaceholder="Фамилия, имя или отчество" onReset={list.reset}>
        <Segmented<StaffStatus>
          value={statusOf(filters.status)}
          onChange={(value) => list.setFilter('status', statusParam(value))}
          options={STAFF_STATUS_OPTIONS}
          data-testid="filter-status"
        />
        <DatePicker
          value={filters.asOf ? dayjs(filters.asOf) : null}
          onChange={(date) => list.setFilter('asOf', date ? date.format(API_DATE_FORMAT) : undefined)}
          format={DATE_FORMAT}
          placeholder="На дату (сегодня)"
          aria-label="На дату"
          data-testid="filter-asOf"
        />
      </ListToolbar>
      <div className="sopr-table-toolbar" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="staff-filters">
        {byMunicipality && (
          <MunicipalitySelect
            value={filters.municipalityId}
            onChange={(value) => list.setFilters({ municipalityId: value, organizationId: undefined })}
            allowClear
            placeholder="Муниципалитет"
            style={{ width: 240 }}
            data-testid="filter-municipality"
          />
        )}
        {byOrganization && (
          <OrganizationSelect
            municipalityId={filters.municipalityId}
            value={filters.organizationId}
            onChange={(value) => list.setFilter('organizationId', value)}
            allowClear
            placeholder="Организация"
            style={{ width: 280 }}
            data-testid="filter-organization"
          />
        )}
        <Select<string>
          {...select('subjectId')}
          placeholder="Предмет"
          style={{ width: 200 }}
          loading={subjects.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(subjects.data ?? []).map((subject) => ({ value: subject.id, label: subject.name }))}
        />
        <Select<string> {...select('position')} placeholder="Должность" style={{ width: 240 }} options={POSITION_OPTIONS} />
        <Select<string> {...select('category')} placeholder="Категория" style={{ width: 230 }} options={CATEGORY_FILTER_OPTIONS} />
        <Select<string> {...select('ageGroup')} placeholder="Возраст" style={{ width: 200 }} options={AGE_GROUP_OPTIONS} />
        <Select<string> {...select('experienceGroup')} placeholder="Стаж" style={{ width: 160 }} options={EXPERIENCE_GROUP_OPTIONS} />
        {FLAGS.map((flag) => (
          <Select<string>
            key={flag.key}
            {...select(flag.key)}
            placeholder={flag.label}
            style={{ width: 220 }}
            options={[
              { value: 'true', label: flag.yes },
              { value: 'false', label: flag.no },
            ]}
          />
        ))}
      </div>
    </>
  );
}
