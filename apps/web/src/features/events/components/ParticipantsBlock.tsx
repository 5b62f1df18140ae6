import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ParticipationDto } from '@sopr/api-client';
import { Button, Card, Table, TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { OrganizationName } from '../../places/components/PlaceName';
import { useEventParticipants, useParticipantMutations } from '../hooks/useEvents';
import { participationRoleTitle } from '../lib/events';
import { AddParticipantDrawer } from './AddParticipantDrawer';

/** The participants the caller may see (his own staff only); writers add and remove them. */
export function ParticipantsBlock({ eventId }: { eventId: string }) {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.EVENT_WRITE]);
  const linksStaff = hasAll(user.permissions, [Permission.STAFF_READ]);
  const query = useEventParticipants(eventId);
  const { remove } = useParticipantMutations();
  const notify = useNotify();
  const [adding, setAdding] = useState(false);

  const destroy = async (participation: ParticipationDto) => {
    try {
      await remove.mutateAsync({ id: eventId, participationId: participation.id });
      notify.success('Участник удалён');
    } catch (error) {
      notify.error(error, 'Не удалось удалить участника');
    }
  };

  const columns: TableColumnsType<ParticipationDto> = [
    {
      title: 'Педагог',
      key: 'staffName',
      render: (_, participation) =>
        linksStaff ? <Link to={`/staff/${participation.staffMemberId}`}>{participation.staffName}</Link> : participation.staffName,
    },
    ...(user.organizationId
      ? []
      : [{ title: 'Организация', key: 'organization', render: (_: unknown, participation: ParticipationDto) => <OrganizationName id={participation.organizationId} /> }]),
    { title: 'Роль', key: 'role', render: (_, participation) => participationRoleTitle(participation.role) },
    ...(canWrite
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 100,
          render: (_: unknown, participation: ParticipationDto) => (
            <ConfirmAction
              label="Удалить"
              icon={<DeleteOutlined />}
              question="Убрать педагога из участников?"
              okText="Удалить"
              danger
              loading={remove.isPending && remove.variables?.participationId === participation.id}
              onConfirm={() => destroy(participation)}
            />
          ),
        }]
      : []),
  ];

  return (
    <Card
      title="Участники"
      size="small"
      data-testid="participants"
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-participant">
            Добавить участника
          </Button>
        )
      }
    >
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<ParticipationDto>
          rowKey="id"
          size="small"
          data-testid="participants-table"
          columns={columns}
          dataSource={query.data}
          loading={query.isFetching}
          pagination={false}
          scroll={{ x: 600 }}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Ваших педагогов среди участников нет" /> }}
        />
      </PageState>
      {canWrite && <AddParticipantDrawer eventId={eventId} open={adding} onClose={() => setAdding(false)} />}
    </Card>
  );
}
