import type { RecommendationAddressee, RecommendationDto } from '@sopr/api-client';
import { Flex, Select, Table, TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useListState } from '../../../shared/hooks/useListState';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { sortOrderOf } from '../../../shared/lib/list-params';
import { readsOwnStaffRecordOnly } from '../../../shared/lib/permissions';
import { paginationOf } from '../../../shared/lib/table';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { canOpen } from '../../shell/navigation';
import { RecommendationActions } from '../components/RecommendationActions';
import { RecommendationSubjects } from '../components/RecommendationSubjects';
import { RecommendationPriorityTag, RecommendationStatusTag } from '../components/RecommendationTags';
import { RecommendationListParams, useRecommendationList } from '../hooks/useRecommendations';
import {
  ADDRESSEE_OPTIONS, addresseeTitle, ALL_FILTER, allowedActions, emptyListText, OPEN_FILTER, RULE_OPTIONS, ruleTitle, STATUS_FILTER_OPTIONS, statusFilterOf,
  statusFilterParam,
} from '../lib/recommendations';

const FILTERS = ['status', 'addressee', 'ruleCode'] as const;
/** No sort: the API's own order, highest priority first, then newest. */
const DEFAULTS = {};

/**
 * /recommendations — what the monitoring's rules advise, within the user's scope (the server
 * decides: a teacher his own, a school its own and its teachers', the municipality all). Open ones
 * by default; their addressee accepts, finishes or rejects them (with a reason) here. A teacher's
 * list leaves out the addressee and the organization, which are always him.
 */
export function RecommendationsPage() {
  const user = useCurrentUser();
  const own = readsOwnStaffRecordOnly(user.permissions);
  const showsOrganization = !own && user.organizationId === null;
  const opensRuns = canOpen(user.permissions, 'monitoring');
  const list = useListState(FILTERS, DEFAULTS);
  const statusFilter = statusFilterOf(list.state.filters.status);
  const addressee = own ? undefined : (list.state.filters.addressee as RecommendationAddressee | undefined);
  const ruleCode = list.state.filters.ruleCode;
  const params: RecommendationListParams = {
    limit: list.state.limit,
    offset: list.state.offset,
    ...(list.state.sort ? { sort: list.state.sort } : {}),
    ...(addressee ? { addressee } : {}),
    ...(ruleCode ? { ruleCode } : {}),
  };
  const query = useRecommendationList(params, statusFilter);
  const narrowed = Boolean(addressee || ruleCode);
  const items = query.data?.items ?? [];
  const acts = items.some((item) => allowedActions(item).length > 0);

  const columns: TableColumnsType<RecommendationDto> = [
    {
      title: 'Приоритет',
      key: 'priority',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'priority'),
      render: (_, item) => <RecommendationPriorityTag priority={item.priority} />,
    },
    {
      title: 'Рекомендация',
      key: 'text',
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="recommendation-rule" data-rule={item.ruleCode}>
            {ruleTitle(item.ruleCode)}
          </Typography.Text>
          <span data-testid="recommendation-text">{item.text}</span>
          <RecommendationSubjects subjects={item.subjects} />
        </Flex>
      ),
    },
    ...(own
      ? []
      : [{
          title: 'Адресат',
          key: 'addressee',
          width: 220,
          render: (_: unknown, item: RecommendationDto) => (
            <Flex vertical gap={2}>
              <span data-testid="recommendation-addressee" data-addressee={item.addressee}>
                {addresseeTitle(item.addressee)}
              </span>
              {showsOrganization && item.organizationName && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="recommendation-organization">
                  {item.organizationName}
                </Typography.Text>
              )}
            </Flex>
          ),
        }]),
    {
      title: 'Статус',
      key: 'status',
      width: 200,
      sorter: statusFilter === ALL_FILTER,
      sortOrder: statusFilter === ALL_FILTER ? sortOrderOf(list.state.sort, 'status') : null,
      render: (_, item) => (
        <Flex vertical gap={4} align="flex-start">
          <RecommendationStatusTag status={item.status} />
          {item.rejectionReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="recommendation-reason">
              Причина: {item.rejectionReason}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: 'Выдана',
      key: 'createdAt',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(list.state.sort, 'createdAt'),
      render: (_, item) => (
        <Flex vertical gap={2}>
          <span style={{ whiteSpace: 'nowrap' }} title={formatDateTime(item.createdAt)}>
            {formatDate(item.createdAt)}
          </span>
          {opensRuns && (
            <Link to={`/monitoring/${item.runId}`} style={{ fontSize: 12 }} data-testid="recommendation-run">
              по мониторингу
            </Link>
          )}
        </Flex>
      ),
    },
    ...(acts
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 150,
          render: (_: unknown, item: RecommendationDto) => <RecommendationActions recommendation={item} vertical />,
        }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Рекомендации"
        subtitle={
          own
            ? 'Что советуют правила мониторинга лично вам: примите рекомендацию в работу, отметьте выполненной или отклоните с причиной.'
            : 'Что советуют правила по итогам мониторинга педагогам, школам и муниципальной методической службе. Отметить рекомендацию может её адресат.'
        }
      />
      <ListToolbar onReset={narrowed || statusFilter !== OPEN_FILTER ? list.reset : undefined}>
        <Select
          value={statusFilter}
          onChange={(value) => list.setFilter('status', statusFilterParam(value))}
          options={STATUS_FILTER_OPTIONS}
          style={{ width: 200 }}
          data-testid="filter-status"
        />
        {!own && (
          <Select
            allowClear
            value={addressee}
            onChange={(value?: string) => list.setFilter('addressee', value)}
            options={ADDRESSEE_OPTIONS}
            placeholder="Все адресаты"
            style={{ width: 280 }}
            data-testid="filter-addressee"
          />
        )}
        <Select
          allowClear
          value={ruleCode}
          onChange={(value?: string) => list.setFilter('ruleCode', value)}
          options={RULE_OPTIONS}
          placeholder="Все правила"
          style={{ width: 260 }}
          data-testid="filter-rule"
        />
      </ListToolbar>
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<RecommendationDto>
          rowKey="id"
          data-testid="recommendations-table"
          columns={columns}
          dataSource={items}
          loading={query.isLoading || query.isPlaceholderData}
          pagination={paginationOf(list.state, query.data?.total)}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text={emptyListText(statusFilter, narrowed)} /> }}
          scroll={{ x: 1000 }}
          onChange={list.onTableChange}
        />
      </PageState>
    </>
  );
}
