import type { MonitoringRunDto } from '@sopr/api-client';
import { Card, Flex, Table, TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { formatDateTime } from '../../../shared/lib/format';
import { fixedPaginationOf } from '../../../shared/lib/table';
import { useRunList } from '../hooks/useMonitoring';
import { RunStatusTag } from './RunStatusTag';

const PAGE_SIZE = 50;

/** The municipalities' runs of a region run, by name: each one's status (and failure) and a link to its page; polled while any is being computed. */
export function ChildRunsTable({ run }: { run: MonitoringRunDto }) {
  const [page, setPage] = useState(1);
  const query = useRunList({ parentRunId: run.id, sort: 'municipality', limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const columns: TableColumnsType<MonitoringRunDto> = [
    {
      title: 'Муниципалитет',
      key: 'municipality',
      render: (_, child) => (
        <Link to={`/monitoring/${child.id}`} data-testid="child-run-link">
          {child.municipalityName}
        </Link>
      ),
    },
    {
      title: 'Статус',
      key: 'status',
      render: (_, child) => (
        <Flex vertical gap={4} align="flex-start">
          <RunStatusTag status={child.status} testId="child-run-status" />
          {child.status === 'FAILED' && child.failure && (
            <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 420 }}>
              {child.failure}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: 'Завершён', key: 'finishedAt', render: (_, child) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(child.finishedAt)}</span> },
  ];

  return (
    <Card size="small" title="Муниципалитеты" style={{ marginBottom: 16 }} data-testid="child-runs">
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<MonitoringRunDto>
          rowKey="id"
          size="small"
          data-testid="child-runs-table"
          columns={columns}
          dataSource={query.data?.items}
          loading={query.isLoading || query.isPlaceholderData}
          pagination={
            (query.data?.total ?? 0) > PAGE_SIZE
              ? fixedPaginationOf(page, PAGE_SIZE, query.data?.total, setPage)
              : false
          }
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Мониторингов муниципалитетов нет" /> }}
        />
      </PageState>
    </Card>
  );
}
