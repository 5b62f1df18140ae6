import { CheckCircleTwoTone, CloseCircleTwoTone, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { getExportStaffUrl, StaffMemberListItemDto } from '@sopr/api-client';
import { Button, Table, TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { DownloadButton } from '../../../shared/components/DownloadButton';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { EMPTY_VALUE, formatDate } from '../../../shared/lib/format';
import { sortOrderOf } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { CategoryTag } from '../components/CategoryTag';
import { StaffFilters } from '../components/StaffFilters';
import { StaffFormDrawer } from '../components/StaffFormDrawer';
import { useStaffList } from '../hooks/useStaff';
import { todayIso } from '../lib/category';
import { hasStaffFilters, STAFF_FILTERS, STAFF_LIST_DEFAULTS, toStaffExportParams, toStaffListParams } from '../lib/staff-filters';
import { experienceGroupTitle, pluralYears, positionTitle } from '../lib/titles';

const listText = (values: string[]) => (values.length > 0 ? values.join(', ') : EMPTY_VALUE);

export function StaffListPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.STAFF_WRITE]);
  const schoolLevel = user.organizationId !== null;
  const list = useListState(STAFF_FILTERS, STAFF_LIST_DEFAULTS);
  const params = toStaffListParams(list.state);
  const query = useStaffList(params);
  const asOf = params.asOf ?? todayIso();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  const columns: TableColumnsType<StaffMemberListItemDto> = [
    {
      title: 'ФИО',
      key: 'fullName',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'fullName'),
      render: (_, member) => (
        <>
          <Link to={`/staff/${member.id}`} data-testid="staff-link">
            {member.fullName}
          </Link>
          {!member.active && (
            <div>
              <Tag>{member.dismissedOn ? `Уволен(а) ${formatDate(member.dismissedOn)}` : 'Не работает на дату'}</Tag>
            </div>
          )}
          {member.youngSpecialist && (
            <div>
              <Tag color="blue">Молодой специалист</Tag>
            </div>
          )}
        </>
      ),
    },
    ...(schoolLevel
      ? []
      : [{
          title: 'Организация',
          key: 'organization',
          dataIndex: 'organizationName',
          sorter: true,
          sortOrder: sortOrderOf(list.state.sort, 'organization'),
        }]),
    { title: 'Должности', key: 'positions', render: (_, member) => listText(member.positions.map(positionTitle)) },
    { title: 'Предметы', key: 'subjects', render: (_, member) => listText(member.subjects) },
    {
      title: 'Возраст',
      key: 'birthDate',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'birthDate'),
      render: (_, member) => (
        <Tooltip title={`Дата рождения ${formatDate(member.birthDate)}`}>
          <span>{pluralYears(member.age)}</span>
        </Tooltip>
      ),
    },
    {
      title: 'Стаж',
      key: 'experience',
      render: (_, member) => (
        <Tooltip title={`Группа: ${experienceGroupTitle(member.experienceGroup)}`}>
          <span>{pluralYears(member.experienceYears)}</span>
        </Tooltip>
      ),
    },
    {
      title: 'Категория',
      key: 'category',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'category'),
      render: (_, member) => <CategoryTag {...member} asOf={asOf} />,
    },
    {
      title: 'Обучение за 3 года',
      key: 'trainedInLast3Years',
      align: 'center',
      render: (_, member) =>
        member.trainedInLast3Years ? (
          <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="да" data-testid="trained-yes" />
        ) : (
          <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label="нет" data-testid="trained-no" />
        ),
    },
    {
      title: 'СНИЛС',
      key: 'snils',
      render: (_, member) => <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{member.snilsMasked}</Typography.Text>,
    },
  ];

  const filtered = hasStaffFilters(list.state);
  return (
    <>
      <PageHeader
        title="Педагоги"
        subtitle={params.asOf ? `Возраст, стаж и категории — на ${formatDate(params.asOf)}.` : undefined}
        extra={
          <>
            <DownloadButton
              url={getExportStaffUrl(toStaffExportParams(list.state))}
              fileName={`педагоги-${asOf}.xlsx`}
              excel
              disabled={query.data?.total === 0}
              data-testid="export-staff"
            >
              Выгрузить в Excel
            </DownloadButton>
            {canWrite && (
              <>
                <Button icon={<UploadOutlined />} onClick={() => navigate('/staff/import')} data-testid="import-staff">
                  Импорт из файла
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-staff">
                  Добавить педагога
                </Button>
              </>
            )}
          </>
        }
      />
      <StaffFilters list={list} byMunicipality={user.municipalityId === null && !schoolLevel} byOrganization={!schoolLevel} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<StaffMemberListItemDto>
          rowKey="id"
          data-testid="staff-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{
            emptyText: query.isLoading ? ' ' : <EmptyState text={filtered ? 'Никто не подходит под условия отбора' : 'Педагоги не найдены'} />,
          }}
          scroll={{ x: 1100 }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && <StaffFormDrawer open={creating} member={null} onClose={() => setCreating(false)} />}
    </>
  );
}
