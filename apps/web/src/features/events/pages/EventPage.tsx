import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { EventDto } from '@sopr/api-client';
import { Button, Card, Descriptions, Popconfirm } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { PlaceName } from '../../places/components/PlaceName';
import { EventFormDrawer } from '../components/EventFormDrawer';
import { ParticipantsBlock } from '../components/ParticipantsBlock';
import { useEvent, useEventMutations } from '../hooks/useEvents';
import { canModifyEvent, eventDates, eventKindTitle, eventLevelTitle } from '../lib/events';

/** /events/:id — the event and its participants. */
export function EventPage() {
  const { id = '' } = useParams();
  const query = useEvent(id);
  return (
    <PageState loading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {query.data && <EventContent key={id} event={query.data} />}
    </PageState>
  );
}

function EventContent({ event }: { event: EventDto }) {
  const user = useCurrentUser();
  const canModify = hasAll(user.permissions, [Permission.EVENT_WRITE]) && canModifyEvent(user, event);
  const { remove } = useEventMutations();
  const notify = useNotify();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  const destroy = async () => {
    try {
      await remove.mutateAsync({ id: event.id });
      notify.success('Мероприятие удалено');
      navigate('/events');
    } catch (error) {
      notify.error(error, 'Не удалось удалить мероприятие');
    }
  };

  return (
    <div data-testid="event-page">
      <PageHeader
        title={event.name}
        extra={
          canModify && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="event-edit">
                Изменить
              </Button>
              <Popconfirm
                title="Удалить мероприятие?"
                description="Вместе с ним удалятся отметки об участии."
                okText="Удалить"
                okButtonProps={{ danger: true }}
                cancelText="Отмена"
                onConfirm={destroy}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="event-delete">
                  Удалить
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="event-details">
          <Descriptions.Item label="Вид">{eventKindTitle(event.kind)}</Descriptions.Item>
          <Descriptions.Item label="Уровень">{eventLevelTitle(event.level)}</Descriptions.Item>
          <Descriptions.Item label="Цикл">{event.series ?? EMPTY_VALUE}</Descriptions.Item>
          <Descriptions.Item label="Даты">{eventDates(event)}</Descriptions.Item>
          <Descriptions.Item label="Чьё мероприятие">
            <PlaceName place={event} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <ParticipantsBlock eventId={event.id} />
      {canModify && <EventFormDrawer open={editing} event={event} onClose={() => setEditing(false)} />}
    </div>
  );
}
