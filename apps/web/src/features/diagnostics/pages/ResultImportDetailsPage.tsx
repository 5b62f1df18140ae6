import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { ProcedureDto, ResultImportDto } from '@sopr/api-client';
import { Alert, Button, ButtonProps, Card, Col, Descriptions, Flex, Popconfirm, Result, Row, Skeleton, Statistic, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ErrorState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { errorStatus } from '../../../shared/lib/api-errors';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import { ImportProblemsView } from '../../staff/import/components/ImportProblemsView';
import { ImportProgressView } from '../../staff/import/components/ImportProgressView';
import { ImportActions } from '../../staff/import/components/ImportActions';
import { ImportStatusTag } from '../../staff/import/components/ImportStatusTag';
import { formatCount, formatFileSize, importProgress } from '../../staff/import/lib/import-report';
import { ResultImportMappingForm } from '../components/ResultImportMappingForm';
import { ResultImportSummary } from '../components/ResultImportSummary';
import { useProcedure } from '../hooks/useDiagnostics';
import { useResultImport, useResultImportActions, useResultImportErrors } from '../hooks/useResultImport';
import {
  canCheckAgain, canDiscard, changesNothing, mappingFacts, RESULT_IMPORT_STEPS, RESULT_IMPORT_TITLE, resultImportCounts, resultImportsPath, resultImportStep,
} from '../lib/result-import';

/** What the worker is doing, above its progress. */
const RUNNING_TITLES: Partial<Record<ResultImportDto['status'], string>> = {
  QUEUED: 'Файл ждёт проверки',
  VALIDATING: 'Проверяем строки и ищем педагогов…',
  APPLYING: 'Вносим результаты…',
};

const procedurePath = (procedureId: string) => `/diagnostics/procedures/${procedureId}`;

/**
 * /diagnostics/procedures/:id/import/:importId — one results import where it stands: the column
 * mapping to confirm, the worker's progress (polled), the outcome of the check with «Применить» or
 * every bad row, and the outcome of the apply. Reload-safe: everything comes from the server.
 */
export function ResultImportDetailsPage() {
  const { id = '', importId = '' } = useParams();
  const navigate = useNavigate();
  const procedure = useProcedure(id);
  const query = useResultImport(id, importId);

  if (procedure.data && query.data) return <ResultImportWizard key={importId} procedure={procedure.data} item={query.data} stale={query.isError} />;
  const error = procedure.error ?? query.error;
  if (error) {
    const missing = errorStatus(error) === 404 || errorStatus(error) === 400;
    return (
      <>
        <PageHeader title={RESULT_IMPORT_TITLE} />
        <ErrorState
          error={error}
          onRetry={
            missing
              ? undefined
              : () => {
                  void procedure.refetch();
                  void query.refetch();
                }
          }
        />
        <Flex justify="center">
          <Button onClick={() => navigate(procedure.error ? '/diagnostics/procedures' : resultImportsPath(id))} data-testid="result-import-to-list">
            {procedure.error ? 'К процедурам' : 'К импортам процедуры'}
          </Button>
        </Flex>
      </>
    );
  }
  return (
    <>
      <PageHeader title={RESULT_IMPORT_TITLE} />
      <Skeleton active paragraph={{ rows: 6 }} data-testid="loading-state" />
    </>
  );
}

interface WizardProps {
  procedure: ProcedureDto;
  item: ResultImportDto;
  /** Polling fails: what is shown is the last known state. */
  stale: boolean;
}

function ResultImportWizard({ procedure, item, stale }: WizardProps) {
  const navigate = useNavigate();
  // «Изменить сопоставление»: back to step 2 with the same upload, as long as it may be checked again.
  const [editing, setEditing] = useState(false);
  const mapping = item.status === 'MAPPING' || (editing && canCheckAgain(item.status));
  const step = resultImportStep(item, mapping);

  return (
    <div data-testid="result-import-wizard">
      <PageHeader
        title={RESULT_IMPORT_TITLE}
        subtitle={
          <>
            Процедура «{procedure.name}», файл «{item.fileName}»
          </>
        }
        extra={
          <>
            <Button onClick={() => navigate(resultImportsPath(procedure.id))} data-testid="result-import-to-list">
              Все импорты процедуры
            </Button>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(procedurePath(procedure.id))} data-testid="result-import-to-procedure">
              К процедуре
            </Button>
          </>
        }
      />
      {stale && (
        <Alert
          type="warning"
          showIcon
          title="Не удаётся обновить состояние импорта: показано последнее известное"
          style={{ marginBottom: 16 }}
          data-testid="result-import-stale"
        />
      )}
      <Card>
        <Steps current={step.current} status={step.status} items={[...RESULT_IMPORT_STEPS]} style={{ marginBottom: 24 }} data-testid="result-import-steps" />
        <ImportFacts item={item} />
        {mapping ? (
          <ResultImportMappingForm
            item={item}
            procedure={procedure}
            onChecked={() => setEditing(false)}
            onCancel={item.status === 'MAPPING' ? undefined : () => setEditing(false)}
            extraActions={<DiscardButton item={item} />}
          />
        ) : (
          <ImportOutcome procedure={procedure} item={item} onEditMapping={() => setEditing(true)} />
        )}
      </Card>
    </div>
  );
}

function ImportFacts({ item }: { item: ResultImportDto }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }} data-testid="result-import-facts">
      <Descriptions.Item label="Статус">
        <ImportStatusTag status={item.status} testId="result-import-status" />
      </Descriptions.Item>
      <Descriptions.Item label="Файл">
        {item.fileName} ({formatFileSize(item.fileSize)}, столбцов: {item.headers.length})
      </Descriptions.Item>
      <Descriptions.Item label="Загружен">{formatDateTime(item.createdAt)}</Descriptions.Item>
      <Descriptions.Item label="Проверен">{formatDateTime(item.validatedAt)}</Descriptions.Item>
      <Descriptions.Item label="Применён">{formatDateTime(item.appliedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

/** The confirmed mapping in words: which column gave what. */
function MappingFacts({ procedure, item }: { procedure: ProcedureDto; item: ResultImportDto }) {
  return (
    <Descriptions
      title="Сопоставление столбцов"
      size="small"
      bordered
      column={1}
      style={{ marginTop: 16 }}
      data-testid="result-import-mapping-facts"
      items={mappingFacts(item.mapping, procedure.competences, formatDate).map((fact) => ({ key: fact.key, label: fact.label, children: fact.value }))}
    />
  );
}

function ImportOutcome({ procedure, item, onEditMapping }: { procedure: ProcedureDto; item: ResultImportDto; onEditMapping: () => void }) {
  const navigate = useNavigate();
  const counts = resultImportCounts(item);
  const progress = importProgress(item);
  const again = () => navigate(resultImportsPath(procedure.id));
  const editMapping = (primary: boolean) => (
    <Button type={primary ? 'primary' : 'default'} icon={<EditOutlined />} onClick={onEditMapping} data-testid="result-import-edit-mapping">
      Изменить сопоставление
    </Button>
  );

  if (progress) {
    return (
      <>
        <ImportProgressView title={RUNNING_TITLES[item.status] ?? ''} progress={progress} />
        {item.status === 'APPLYING' && counts && <ResultImportSummary counts={counts} applied={false} />}
      </>
    );
  }

  switch (item.status) {
    case 'VALIDATED': {
      const nothingToDo = changesNothing(item);
      return (
        <>
          {counts && <ResultImportSummary counts={counts} applied={false} />}
          <Alert
            type={nothingToDo ? 'info' : 'success'}
            showIcon
            title={nothingToDo ? 'Ошибок нет, но и изменений нет: все результаты уже в системе' : 'Ошибок нет, результаты можно внести'}
            description={
              nothingToDo
                ? undefined
                : 'Результаты вносятся все сразу или никакие; дефициты педагогов пересчитываются. Результат педагога в этой процедуре, если он уже был, заменяется.'
            }
            style={{ marginBottom: 16 }}
            data-testid="result-import-valid"
          />
          <ImportActions>
            <ApplyButton item={item} disabled={nothingToDo} />
            {editMapping(false)}
            <DiscardButton item={item} />
          </ImportActions>
          <MappingFacts procedure={procedure} item={item} />
        </>
      );
    }
    case 'INVALID':
      return (
        <>
          {item.totalRows !== null && item.fileErrors.length === 0 && (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title="Строк в файле" value={item.totalRows} groupSeparator={'\u00a0'} data-testid="result-import-totalRows" />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title="Строк с ошибками" value={item.errorCount} groupSeparator={'\u00a0'} data-testid="result-import-errorCount" />
                </Card>
              </Col>
            </Row>
          )}
          <Alert
            type="warning"
            showIcon
            title="Результаты не могут быть внесены, пока в файле есть ошибки"
            description={
              item.errorCount > 0
                ? `Строк с ошибками: ${formatCount(item.errorCount)}. Исправьте файл и загрузите его снова или, если выбран не тот столбец, измените сопоставление. Ничего не изменено.`
                : 'Исправьте файл и загрузите его снова или измените сопоставление. Ничего не изменено.'
            }
            style={{ marginBottom: 16 }}
            data-testid="result-import-invalid"
          />
          <ImportProblemsView
            source={{ procedureId: procedure.id, importId: item.id }}
            useErrors={useResultImportErrors}
            fileErrors={item.fileErrors}
            errorCount={item.errorCount}
            fileErrorsTitle="Файл не может быть применён"
          />
          <ImportActions>
            {editMapping(true)}
            <Button onClick={again} data-testid="result-import-reupload">
              Загрузить другой файл
            </Button>
            <DiscardButton item={item} />
          </ImportActions>
          <MappingFacts procedure={procedure} item={item} />
        </>
      );
    case 'APPLIED':
      return (
        <Result
          status="success"
          title="Результаты внесены"
          subTitle={`Новых: ${formatCount(item.toCreate)}, заменено: ${formatCount(item.toUpdate)}, без изменений: ${formatCount(item.unchanged)}. Дефициты педагогов пересчитаны.`}
          data-testid="result-import-done"
          extra={[
            <Button key="results" type="primary" onClick={() => navigate(procedurePath(procedure.id))} data-testid="result-import-to-results">
              К результатам процедуры
            </Button>,
            <Button key="again" onClick={again} data-testid="result-import-another">
              Загрузить ещё файл
            </Button>,
          ]}
        >
          {counts && <ResultImportSummary counts={counts} applied />}
          <MappingFacts procedure={procedure} item={item} />
        </Result>
      );
    case 'FAILED':
      return (
        <Result
          status="error"
          title={item.validatedAt === null ? 'Файл не удалось проверить' : 'Результаты не удалось внести'}
          subTitle={item.failure ?? 'Не удалось обработать файл. Загрузите его ещё раз.'}
          data-testid="result-import-failed"
          extra={[
            <Button key="again" type="primary" onClick={again} data-testid="result-import-reupload">
              Загрузить файл ещё раз
            </Button>,
            <DiscardButton key="discard" item={item} />,
          ]}
        />
      );
    case 'DISCARDED':
      return (
        <Result
          status="info"
          title="Импорт отменён"
          subTitle="Результаты не вносились, файл удалён с сервера."
          data-testid="result-import-discarded"
          extra={
            <Button type="primary" onClick={again} data-testid="result-import-reupload">
              Загрузить новый файл
            </Button>
          }
        />
      );
    default:
      return null;
  }
}

function ApplyButton({ item, disabled }: { item: ResultImportDto; disabled: boolean }) {
  const { apply, refresh } = useResultImportActions(item.procedureId);
  const notify = useNotify();
  const run = () =>
    apply.mutate(
      { id: item.procedureId, importId: item.id },
      {
        onError: (error) => {
          notify.error(error, 'Не удалось внести результаты');
          void refresh(item.id);
        },
      },
    );
  const button = (
    <Button type="primary" disabled={disabled} loading={apply.isPending} onClick={item.toUpdate > 0 ? undefined : run} data-testid="result-import-apply">
      Применить
    </Button>
  );
  if (item.toUpdate === 0 || disabled) return button;
  // Replacing results someone entered before deserves a second look.
  return (
    <Popconfirm
      title={`Заменить результаты: ${formatCount(item.toUpdate)}?`}
      description="У этих педагогов уже есть результат процедуры: он будет заменён результатом из файла."
      okText="Применить"
      okButtonProps={{ 'data-testid': 'result-import-apply-confirm' } as ButtonProps}
      cancelText="Не применять"
      onConfirm={run}
    >
      {button}
    </Popconfirm>
  );
}

function DiscardButton({ item }: { item: ResultImportDto }) {
  const { discard, refresh } = useResultImportActions(item.procedureId);
  const notify = useNotify();
  if (!canDiscard(item.status)) return null;
  const run = async () => {
    try {
      await discard.mutateAsync({ id: item.procedureId, importId: item.id });
      notify.success('Импорт отменён');
    } catch (error) {
      notify.error(error, 'Не удалось отменить импорт');
      void refresh(item.id);
    }
  };
  return (
    <Popconfirm
      title="Отменить импорт?"
      description="Файл будет удалён с сервера, результаты не вносятся."
      okText="Отменить импорт"
      okButtonProps={{ danger: true, 'data-testid': 'result-import-discard-confirm' } as ButtonProps}
      cancelText="Не отменять"
      onConfirm={run}
    >
      <Button danger loading={discard.isPending} data-testid="result-import-discard">
        Отменить импорт
      </Button>
    </Popconfirm>
  );
}
