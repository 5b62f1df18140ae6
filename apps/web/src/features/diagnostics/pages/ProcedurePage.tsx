import { DeleteOutlined, EditOutlined, FileExcelOutlined } from '@ant-design/icons';
import { ProcedureDto } from '@sopr/api-client';
import { Button, Card, Descriptions, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { EMPTY_VALUE, formatYesNo } from '../../../shared/lib/format';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { PlaceName } from '../../places/components/PlaceName';
import { ProcedureFormDrawer } from '../components/ProcedureFormDrawer';
import { ResultsBlock } from '../components/ResultsBlock';
import { useProcedure, useProcedureMutations } from '../hooks/useDiagnostics';
import { canModifyProcedure, procedureDates } from '../lib/procedures';
import { resultImportsPath } from '../lib/result-import';
import { formatScore, procedureKindTitle } from '../lib/titles';

/** /diagnostics/procedures/:id — the procedure's parameters, its competences and results. */
export function ProcedurePage() {
  const { id = '' } = useParams();
  const query = useProcedure(id);
  return (
    <PageState loading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {query.data && <ProcedureContent key={id} procedure={query.data} />}
    </PageState>
  );
}

function ProcedureContent({ procedure }: { procedure: ProcedureDto }) {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.DIAGNOSTICS_WRITE]);
  const canModify = canWrite && canModifyProcedure(user, procedure);
  const { remove } = useProcedureMutations();
  const notify = useNotify();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  const destroy = async () => {
    try {
      await remove.mutateAsync({ id: procedure.id });
      notify.success('Процедура удалена');
      navigate('/diagnostics/procedures');
    } catch (error) {
      notify.error(error, 'Не удалось удалить процедуру');
    }
  };

  return (
    <div data-testid="procedure-page">
      <PageHeader
        title={procedure.name}
        subtitle={procedureKindTitle(procedure.kind)}
        extra={
          canWrite && (
            <>
              {/* Results of the user's own staff go into any procedure he sees, not only into the procedures he may change. */}
              <Button icon={<FileExcelOutlined />} onClick={() => navigate(resultImportsPath(procedure.id))} data-testid="procedure-import-results">
                Импорт результатов из файла
              </Button>
              {canModify && (
                <>
                  <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="procedure-edit">
                    Изменить
                  </Button>
                  <Popconfirm
                    title="Удалить процедуру?"
                    description="Процедуру с результатами удалить нельзя: сначала удалите результаты."
                    okText="Удалить"
                    okButtonProps={{ danger: true }}
                    cancelText="Отмена"
                    onConfirm={destroy}
                  >
                    <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="procedure-delete">
                      Удалить
                    </Button>
                  </Popconfirm>
                </>
              )}
            </>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          data-testid="procedure-details"
          items={[
            { key: 'kind', label: 'Вид', children: procedureKindTitle(procedure.kind) },
            { key: 'subject', label: 'Предмет', children: procedure.subjectName ?? EMPTY_VALUE },
            { key: 'dates', label: 'Сроки', children: procedureDates(procedure) },
            { key: 'scale', label: 'Шкала', children: `${formatScore(procedure.scaleMin)}–${formatScore(procedure.scaleMax)}` },
            { key: 'threshold', label: 'Порог', children: <span data-testid="procedure-threshold">{formatScore(procedure.threshold)}</span> },
            { key: 'cnppm', label: 'Проводит ЦНППМ', children: formatYesNo(procedure.isCnppm) },
            { key: 'owner', label: 'Организатор', children: <PlaceName place={procedure} /> },
            { key: 'results', label: 'Результатов', children: procedure.resultCount },
          ]}
        />
      </Card>
      <Card size="small" title="Оцениваемые компетенции" style={{ marginBottom: 16 }}>
        <Space size={[4, 8]} wrap data-testid="procedure-competences">
          {procedure.competences.map((competence) => (
            <Tag key={competence.id} title={competence.code}>
              {competence.name}
            </Tag>
          ))}
        </Space>
      </Card>
      <ResultsBlock procedure={procedure} />
      {canModify && <ProcedureFormDrawer open={editing} procedure={procedure} onClose={() => setEditing(false)} />}
    </div>
  );
}
