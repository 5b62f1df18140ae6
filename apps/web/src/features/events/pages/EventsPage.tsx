import { PlusOutlined } from '@ant-design/icons';
import { EventDto, ListEventsParams } from '@sopr/api-client';
import { Button, Table, TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { sortOrderOf, toApiParams } from '../../../shared/lib/list-params';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { EVENT_FILTERS, EventFilters } from '../components/EventFilters';
import { EventFormDrawer } from '../components/EventFormDrawer';
import { useEventList } from '../hooks/useEvents';
import { eventDates, eventKindTitle, eventLevelTitle } from '../lib/events';

const DEFAULTS = { sort: '-startsOn' };

export function EventsPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.EVENT_WRITE]);
  const list = useListState(EVENT_FILTERS, DEFAULTS);
  const query = useEventList(toApiParams(list.state) as ListEventsParams);
  const [creating, setCreating] = useState(false);
  const filtered = Boolean(list.state.q || Object.values(list.state.filters).some(Boolean));

  const columns: TableColumnsType<EventDto> = [
    {
      title: 'Название',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'name'),
      render: (_, event) => (
        <Link to={`/events/${event.id}`} data-testid="event-link">
          {event.name}
        </Link>
      ),
    },
    { title: 'Цикл', key: 'series', render: (_, event) => event.series ?? EMPTY_VALUE },
    { title: 'Вид', key: 'kind', render: (_, event) => eventKindTitle(event.kind) },
    { title: 'Уровень', key: 'level', render: (_, event) => eventLevelTitle(event.level) },
    {
      title: 'Даты',
      key: 'startsOn',
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'startsOn'),
      render: (_, event) => <span style={{ whiteSpace: 'nowrap' }}>{eventDates(event)}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title="Мероприятия"
        subtitle="Мероприятия вашего уровня и вышестоящих: региональные видны всем школам региона."
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-event">
              Создать мероприятие
            </Button>
          )
        }
      />
      <EventFilters list={list} />
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<EventDto>
          rowKey="id"
          data-testid="events-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isFetching}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{
            emptyText: query.isLoading ? ' ' : <EmptyState text={filtered ? 'Нет мероприятий по условиям отбора' : 'Мероприятий пока нет'} />,
          }}
          scroll={{ x: 900 }}
          onChange={list.onTableChange}
        />
      </PageState>
      {canWrite && <EventFormDrawer open={creating} event={null} onClose={() => setCreating(false)} />}
    </>
  );
}
