import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { TrainingRecordDto } from '@sopr/api-client';
import { Button, Card, Space, Table, TableColumnsType, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { formatDate } from '../../../shared/lib/format';
import { useStaffTrainings, useTrainingMutations } from '../hooks/useStaff';
import { trainingKindTitle } from '../lib/titles';
import { TrainingFormDrawer } from './TrainingFormDrawer';

/** Training records of a card; writers add, change and delete them. */
export function TrainingsBlock({ staffMemberId, canWrite }: { staffMemberId: string; canWrite: boolean }) {
  const query = useStaffTrainings(staffMemberId);
  const { remove } = useTrainingMutations(staffMemberId);
  const notify = useNotify();
  const [editing, setEditing] = useState<TrainingRecordDto | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const openDrawer = (training: TrainingRecordDto | null) => {
    setEditing(training);
    setDrawerOpen(true);
  };

  const destroy = async (training: TrainingRecordDto) => {
    try {
      await remove.mutateAsync(training.id);
      notify.success('Запись об обучении удалена');
    } catch (error) {
      notify.error(error, 'Не удалось удалить запись');
    }
  };

  const columns: TableColumnsType<TrainingRecordDto> = [
    { title: 'Вид', key: 'kind', render: (_, training) => trainingKindTitle(training.kind) },
    {
      title: 'Программа',
      key: 'programName',
      render: (_, training) => (
        <>
          <div>{training.programName}</div>
          <Space size={4} wrap>
            {training.isCnppm && <Tag>ЦНППМ</Tag>}
            {training.isFederalRegistry && <Tag>Федеральный реестр</Tag>}
            {training.isIct && <Tag>ИКТ</Tag>}
          </Space>
        </>
      ),
    },
    { title: 'Где', dataIndex: 'provider', key: 'provider' },
    { title: 'Часов', dataIndex: 'hours', key: 'hours', align: 'right' },
    {
      title: 'Сроки',
      key: 'dates',
      render: (_, training) => `${formatDate(training.startedOn)} — ${training.completedOn ? formatDate(training.completedOn) : 'идёт'}`,
    },
    { title: 'Документ', key: 'certificateNumber', render: (_, training) => training.certificateNumber ?? '—' },
    ...(canWrite
      ? [{
          title: 'Действия',
          key: 'actions',
          width: 100,
          render: (_: unknown, training: TrainingRecordDto) => (
            <Space size={4}>
              <Tooltip title="Изменить">
                <Button size="small" icon={<EditOutlined />} onClick={() => openDrawer(training)} aria-label="Изменить" />
              </Tooltip>
              <ConfirmAction
                label="Удалить"
                icon={<DeleteOutlined />}
                question="Удалить запись об обучении?"
                okText="Удалить"
                danger
                loading={remove.isPending && remove.variables === training.id}
                onConfirm={() => destroy(training)}
              />
            </Space>
          ),
        }]
      : []),
  ];

  return (
    <Card
      title="Обучение"
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="trainings"
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => openDrawer(null)} data-testid="create-training">
            Добавить обучение
          </Button>
        )
      }
    >
      <PageState error={query.error} onRetry={() => void query.refetch()}>
        <Table<TrainingRecordDto>
          rowKey="id"
          size="small"
          data-testid="trainings-table"
          columns={columns}
          dataSource={query.data}
          loading={query.isFetching}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Сведений об обучении нет" /> }}
        />
      </PageState>
      {canWrite && <TrainingFormDrawer open={drawerOpen} staffMemberId={staffMemberId} training={editing} onClose={() => setDrawerOpen(false)} />}
    </Card>
  );
}
