import { CloudUploadOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CompetenceDto, FrameworkDetailDto, FrameworkDto } from '@sopr/api-client';
import { FrameworkStatus } from '@sopr/shared';
import { Button, Card, Col, Popconfirm, Row, Space, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { formatDate } from '../../../shared/lib/format';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { RegionName } from '../../places/components/PlaceName';
import { CompetenceEdit, CompetenceFormDrawer } from '../components/CompetenceFormDrawer';
import { FrameworkTree } from '../components/FrameworkTree';
import { useFramework, useFrameworkInForce, useFrameworkMutations, useFrameworks } from '../hooks/useDiagnostics';
import { frameworkStatusTitle } from '../lib/titles';

/** The sort order after the last child of `parentId`. */
function nextSortOrder(competences: readonly CompetenceDto[], parentId: string | null): number {
  const siblings = competences.filter((c) => c.parentId === parentId).map((c) => c.sortOrder);
  return siblings.length > 0 ? Math.max(...siblings) + 1 : 0;
}

/**
 * /diagnostics/competences — the framework in force as a tree and its versions; framework writers
 * create a draft (a copy of the version in force), edit its competences, publish or delete it.
 */
export function CompetenceFrameworkPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.COMPETENCE_FRAMEWORK_WRITE]);
  const [search, setSearch] = useSearchParams();
  const versions = useFrameworks();
  const inForce = useFrameworkInForce();
  const selectedId = search.get('version') ?? inForce.data?.id;
  const selected = useFramework(selectedId);
  const { createDraft } = useFrameworkMutations();
  const notify = useNotify();
  // A regional writer's drafts are his region's; a system admin's the common (national) version's.
  const ownRegion = user.regionId ?? null;
  const ownDraft = versions.data?.find((f) => f.status === FrameworkStatus.DRAFT && f.regionId === ownRegion);
  const select = (id: string) => setSearch(id === inForce.data?.id ? {} : { version: id }, { replace: true });

  const create = async () => {
    try {
      const draft = await createDraft.mutateAsync({ data: {} });
      notify.success(`Создан черновик версии ${draft.version}`);
      select(draft.id);
    } catch (error) {
      notify.error(error, 'Не удалось создать черновик');
    }
  };

  return (
    <>
      <PageHeader
        title="Рамка компетенций"
        subtitle={
          inForce.data
            ? `Действует версия ${inForce.data.version} «${inForce.data.name}»: по ней создаются новые процедуры диагностики.`
            : 'Профессиональные компетенции педагога и формирование функциональной грамотности.'
        }
        extra={
          canWrite &&
          (ownDraft ? (
            ownDraft.id !== selectedId && (
              <Button onClick={() => select(ownDraft.id)} data-testid="open-draft">
                Открыть черновик
              </Button>
            )
          ) : (
            <Button type="primary" icon={<PlusOutlined />} loading={createDraft.isPending} disabled={!versions.data} onClick={create} data-testid="create-draft">
              Создать черновик
            </Button>
          ))
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <PageState loading={inForce.isLoading || selected.isLoading} error={inForce.error ?? selected.error} onRetry={() => void (inForce.error ? inForce.refetch() : selected.refetch())}>
            {selected.data && (
              <VersionCard key={selected.data.id} framework={selected.data} inForceId={inForce.data?.id} canWrite={canWrite} onDeleted={() => setSearch({}, { replace: true })} />
            )}
          </PageState>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="Версии" size="small" data-testid="framework-versions">
            <PageState error={versions.error} onRetry={() => void versions.refetch()}>
              <VersionsTable versions={versions.data ?? []} loading={versions.isFetching} selectedId={selectedId} inForceId={inForce.data?.id} onSelect={select} />
            </PageState>
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** «Общая» for the national version, else the region's name. */
function Owner({ regionId }: { regionId: string | null }) {
  return regionId ? <RegionName id={regionId} /> : <>Общая</>;
}

function VersionsTable({ versions, loading, selectedId, inForceId, onSelect }: {
  versions: FrameworkDto[];
  loading: boolean;
  selectedId?: string;
  inForceId?: string;
  onSelect: (id: string) => void;
}) {
  const columns: TableColumnsType<FrameworkDto> = [
    {
      title: 'Версия',
      key: 'version',
      render: (_, version) => (
        <>
          <Button type="link" size="small" style={{ padding: 0, fontWeight: version.id === selectedId ? 700 : undefined }} onClick={() => onSelect(version.id)}>
            Версия {version.version}
          </Button>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <Owner regionId={version.regionId} />
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: 'Статус',
      key: 'status',
      render: (_, version) => (
        <Space size={4} wrap>
          <Tag color={version.status === FrameworkStatus.DRAFT ? 'gold' : 'green'} data-testid="framework-status">
            {frameworkStatusTitle(version.status)}
          </Tag>
          {version.id === inForceId && <Tag color="blue">действует</Tag>}
        </Space>
      ),
    },
    { title: 'Опубликована', key: 'publishedAt', render: (_, version) => formatDate(version.publishedAt) },
  ];
  return (
    <Table<FrameworkDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={versions}
      loading={loading}
      pagination={false}
      onRow={(version) => ({ onClick: () => onSelect(version.id), style: { cursor: 'pointer' } })}
      data-testid="framework-versions-table"
    />
  );
}

function VersionCard({ framework, inForceId, canWrite, onDeleted }: { framework: FrameworkDetailDto; inForceId?: string; canWrite: boolean; onDeleted: () => void }) {
  const user = useCurrentUser();
  const { publish, removeDraft, removeCompetence } = useFrameworkMutations();
  const notify = useNotify();
  const [edit, setEdit] = useState<CompetenceEdit | null>(null);
  const editable = canWrite && framework.status === FrameworkStatus.DRAFT && (user.regionId === null || framework.regionId === user.regionId);

  const editing = useMemo(
    () =>
      editable
        ? {
            onAdd: (parent: CompetenceDto) => setEdit({ mode: 'add', parent, sortOrder: nextSortOrder(framework.competences, parent.id) }),
            onRename: (competence: CompetenceDto) => setEdit({ mode: 'rename', competence }),
            onDelete: async (competence: CompetenceDto) => {
              try {
                await removeCompetence.mutateAsync({ id: framework.id, competenceId: competence.id });
                notify.success('Компетенция удалена');
              } catch (error) {
                notify.error(error, 'Не удалось удалить компетенцию');
              }
            },
          }
        : undefined,
    [editable, framework, removeCompetence, notify],
  );

  const doPublish = async () => {
    try {
      await publish.mutateAsync({ id: framework.id });
      notify.success(`Версия ${framework.version} опубликована`);
    } catch (error) {
      notify.error(error, 'Не удалось опубликовать версию');
    }
  };

  const doDelete = async () => {
    try {
      await removeDraft.mutateAsync({ id: framework.id });
      notify.success('Черновик удалён');
      onDeleted();
    } catch (error) {
      notify.error(error, 'Не удалось удалить черновик');
    }
  };

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="framework-version"
      title={
        <Space size={8} wrap style={{ whiteSpace: 'normal' }}>
          <span>
            Версия {framework.version} (<Owner regionId={framework.regionId} />)
          </span>
          <Tag color={framework.status === FrameworkStatus.DRAFT ? 'gold' : 'green'}>{frameworkStatusTitle(framework.status)}</Tag>
          {framework.id === inForceId && <Tag color="blue">действует</Tag>}
        </Space>
      }
    >
      <Typography.Paragraph strong>{framework.name}</Typography.Paragraph>
      {editable && (
        <Space size={8} wrap style={{ marginBottom: 12 }} data-testid="draft-actions">
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setEdit({ mode: 'add', parent: null, sortOrder: nextSortOrder(framework.competences, null) })}
            data-testid="add-root-competence"
          >
            Добавить компетенцию
          </Button>
          <Popconfirm
            title="Опубликовать версию?"
            description="Новые процедуры будут создаваться по ней; изменить опубликованную версию нельзя."
            okText="Опубликовать"
            cancelText="Отмена"
            onConfirm={doPublish}
          >
            <Button size="small" type="primary" icon={<CloudUploadOutlined />} loading={publish.isPending} data-testid="publish-draft">
              Опубликовать
            </Button>
          </Popconfirm>
          <Popconfirm title="Удалить черновик?" okText="Удалить" okButtonProps={{ danger: true }} cancelText="Отмена" onConfirm={doDelete}>
            <Button size="small" danger icon={<DeleteOutlined />} loading={removeDraft.isPending} data-testid="delete-draft">
              Удалить черновик
            </Button>
          </Popconfirm>
        </Space>
      )}
      {framework.status === FrameworkStatus.PUBLISHED && (
        <Typography.Paragraph type="secondary">
          Опубликована {formatDate(framework.publishedAt)}. Опубликованная версия не меняется: для изменений создайте черновик новой версии.
        </Typography.Paragraph>
      )}
      <FrameworkTree competences={framework.competences} editing={editing} />
      {editable && <CompetenceFormDrawer frameworkId={framework.id} edit={edit} onClose={() => setEdit(null)} />}
    </Card>
  );
}
