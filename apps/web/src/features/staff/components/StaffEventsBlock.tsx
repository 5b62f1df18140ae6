import { ParticipationDto } from '@sopr/api-client';
import { Card, Table, TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { formatDate } from '../../../shared/lib/format';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useStaffEvents } from '../../events/hooks/useEvents';
import { participationRoleTitle } from '../../events/lib/events';

/** «Участие в мероприятиях» of a staff card. */
export function StaffEventsBlock({ staffMemberId }: { staffMemberId: string }) {
  const user = useCurrentUser();
  const linksEvents = hasAll(user.permissions, [Permission.EVENT_READ]);
  const query = useStaffEvents(staffMemberId);

  const columns: TableColumnsType<ParticipationDto> = [
    {
      title: 'Мероприятие',
      key: 'eventName',
      render: (_, participation) =>
        linksEvents ? <Link to={`/events/${participation.eventId}`}>{participation.eventName}</Link> : participation.eventName,
    },
    { title: 'Дата', key: 'eventStartsOn', render: (_, participation) => formatDate(participation.eventStartsOn) },
    { title: 'Роль', key: 'role', render: (_, participation) => participationRoleTitle(participation.role) },
  ];

  return (
    <Card title="Участие в мероприятиях" size="small" style={{ marginBottom: 16 }} data-testid="staff-events">
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<ParticipationDto>
          rowKey="id"
          size="small"
          data-testid="staff-events-table"
          columns={columns}
          dataSource={query.data}
          loading={query.isFetching}
          pagination={false}
          scroll={{ x: 600 }}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Сведений об участии в мероприятиях нет" /> }}
        />
      </PageState>
    </Card>
  );
}
