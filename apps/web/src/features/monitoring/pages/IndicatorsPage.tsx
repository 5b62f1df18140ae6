import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { IndicatorDto } from '@sopr/api-client';
import { IndicatorDirection } from '@sopr/shared';
import { Card, Flex, Input, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useIndicators } from '../hooks/useMonitoring';
import { directionTitle, groupBy, indicatorUnitTitle, matchesIndicator } from '../lib/indicators';

const columns: TableColumnsType<IndicatorDto> = [
  {
    title: 'Показатель',
    key: 'name',
    width: '28%',
    render: (_, indicator) => (
      <Flex vertical gap={2}>
        <span>{indicator.name}</span>
        <Typography.Text type="secondary" copyable={{ text: indicator.code, tooltips: ['Скопировать код', 'Скопировано'] }} style={{ fontSize: 12 }}>
          {indicator.code}
        </Typography.Text>
      </Flex>
    ),
  },
  { title: 'Единица', key: 'unit', width: 140, render: (_, indicator) => <Tag>{indicatorUnitTitle(indicator.unit)}</Tag> },
  {
    title: 'Направление',
    key: 'direction',
    width: 190,
    render: (_, indicator) => (
      <span style={{ whiteSpace: 'nowrap' }} data-testid="indicator-direction">
        {indicator.direction === IndicatorDirection.LOWER_IS_BETTER ? <ArrowDownOutlined /> : <ArrowUpOutlined />} {directionTitle(indicator.direction)}
      </span>
    ),
  },
  {
    title: 'Как считается',
    key: 'formula',
    render: (_, indicator) => (
      <Flex vertical gap={4} style={{ fontSize: 13 }}>
        <span>
          <Typography.Text type="secondary">Числитель: </Typography.Text>
          {indicator.numerator}
        </span>
        {indicator.denominator ? (
          <span>
            <Typography.Text type="secondary">Знаменатель: </Typography.Text>
            {indicator.denominator}
          </span>
        ) : (
          <Typography.Text type="secondary">Без знаменателя: значение — само количество</Typography.Text>
        )}
      </Flex>
    ),
  },
  { title: 'Источники', key: 'seeds', width: 140, render: (_, indicator) => <Typography.Text type="secondary">{indicator.seeds}</Typography.Text> },
];

/** /indicators — the monitoring indicators by group: unit, which way is better, what is counted and where each comes from. */
export function IndicatorsPage() {
  const query = useIndicators();
  const [q, setQ] = useState('');
  const groups = useMemo(() => groupBy((query.data ?? []).filter((indicator) => matchesIndicator(indicator, q)), (indicator) => indicator.group), [query.data, q]);

  return (
    <>
      <PageHeader
        title="Каталог показателей"
        subtitle="Показатели мониторинга муниципальных программ профессионального развития: единица измерения, какое изменение желательно, что входит в числитель и знаменатель и из каких документов взят показатель."
      />
      <PageState loading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} empty={query.data?.length === 0} emptyText="Каталог показателей пуст">
        <Input.Search
          allowClear
          placeholder="Название или код показателя"
          style={{ width: 320, marginBottom: 16 }}
          onChange={(event) => setQ(event.target.value)}
          onSearch={setQ}
          data-testid="indicators-search"
        />
        {groups.length === 0 ? (
          <EmptyState text="Ни один показатель не подходит под запрос" />
        ) : (
          <Flex vertical gap={16} data-testid="indicators-catalogue">
            {groups.map((group) => (
              <Card
                key={group.group}
                size="small"
                title={group.title}
                extra={<Typography.Text type="secondary">{group.items.length}</Typography.Text>}
                data-testid={`indicator-group-${group.group}`}
              >
                <Table<IndicatorDto> rowKey="code" size="small" tableLayout="fixed" columns={columns} dataSource={group.items} pagination={false} scroll={{ x: 1000 }} />
              </Card>
            ))}
          </Flex>
        )}
      </PageState>
    </>
  );
}
