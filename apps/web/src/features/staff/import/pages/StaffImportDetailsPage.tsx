import { StaffImportDto } from '@sopr/api-client';
import { Alert, Button, ButtonProps, Card, Descriptions, Flex, Popconfirm, Result, Skeleton, Steps, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { ErrorState } from '../../../../shared/components/PageState';
import { useNotify } from '../../../../shared/hooks/useNotify';
import { errorStatus } from '../../../../shared/lib/api-errors';
import { formatDateTime } from '../../../../shared/lib/format';
import { OrganizationName } from '../../../places/components/PlaceName';
import { ImportProblemsView } from '../components/ImportProblemsView';
import { ImportProgressView } from '../components/ImportProgressView';
import { ImportActions } from '../components/ImportActions';
import { ImportStatusTag } from '../components/ImportStatusTag';
import { ImportSummaryView } from '../components/ImportSummaryView';
import { useStaffImport, useStaffImportActions, useStaffImportErrors } from '../hooks/useStaffImport';
import {
  formatCount,
  formatFileSize,
  importChangesNothing,
  importCounts,
  importProgress,
  IMPORT_STEPS,
  importStep,
  ImportAgainState,
} from '../lib/import-report';

const TITLE = 'Импорт педагогов';
const IMPORTS_PATH = '/staff/import';

/** What the worker is doing, above its progress. */
const RUNNING_TITLES: Partial<Record<StaffImportDto['status'], string>> = {
  QUEUED: 'Файл загружен и ждёт проверки',
  VALIDATING: 'Проверяем файл…',
  APPLYING: 'Применяем изменения…',
};

/**
 * /staff/import/:id — one background import: polled while the worker checks or applies it, with
 * the summary and «Применить» once checked, the bad rows when not, and the outcome at the end.
 */
export function StaffImportDetailsPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useStaffImport(id);

  if (query.data) return <ImportContent key={id} item={query.data} stale={query.isError} />;
  if (query.error) {
    const missing = errorStatus(query.error) === 404 || errorStatus(query.error) === 400;
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorState error={query.error} onRetry={missing ? undefined : () => void query.refetch()} />
        <Flex justify="center">
          <Button onClick={() => navigate(IMPORTS_PATH)} data-testid="import-to-list">
            К импортам
          </Button>
        </Flex>
      </>
    );
  }
  return (
    <>
      <PageHeader title={TITLE} />
      <Skeleton active paragraph={{ rows: 6 }} data-testid="loading-state" />
    </>
  );
}

function ImportContent({ item, stale }: { item: StaffImportDto; stale: boolean }) {
  const navigate = useNavigate();
  const step = importStep(item);
  const again = () => navigate(IMPORTS_PATH, { state: { organizationId: item.defaultOrganizationId } satisfies ImportAgainState });

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={<>Файл «{item.fileName}»</>}
        extra={
          <Button onClick={() => navigate(IMPORTS_PATH)} data-testid="import-to-list">
            Все импорты
          </Button>
        }
      />
      {stale && (
        <Alert type="warning" showIcon title="Не удаётся обновить состояние импорта: показано последнее известное" style={{ marginBottom: 16 }} data-testid="import-stale" />
      )}
      <Card>
        <Steps current={step.current} status={step.status} items={[...IMPORT_STEPS]} style={{ marginBottom: 24 }} data-testid="import-steps" />
        <ImportFacts item={item} />
        <ImportBody item={item} onAgain={again} />
      </Card>
    </>
  );
}

function ImportFacts({ item }: { item: StaffImportDto }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }} data-testid="import-facts">
      <Descriptions.Item label="Статус">
        <ImportStatusTag status={item.status} />
      </Descriptions.Item>
      <Descriptions.Item label="Файл">
        {item.fileName} ({formatFileSize(item.fileSize)})
      </Descriptions.Item>
      <Descriptions.Item label="Организация по умолчанию">
        {item.defaultOrganizationId ? <OrganizationName id={item.defaultOrganizationId} /> : <Typography.Text type="secondary">из столбца «Организация»</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label="Загружен">{formatDateTime(item.createdAt)}</Descriptions.Item>
      <Descriptions.Item label="Проверен">{formatDateTime(item.validatedAt)}</Descriptions.Item>
      <Descriptions.Item label="Применён">{formatDateTime(item.appliedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

function ImportBody({ item, onAgain }: { item: StaffImportDto; onAgain: () => void }) {
  const navigate = useNavigate();
  const counts = importCounts(item);
  const progress = importProgress(item);

  if (progress) {
    return (
      <>
        <ImportProgressView title={RUNNING_TITLES[item.status] ?? ''} progress={progress} />
        {item.status === 'APPLYING' && counts && <ImportSummaryView counts={counts} applied={false} />}
      </>
    );
  }

  switch (item.status) {
    case 'VALIDATED': {
      const nothingToDo = importChangesNothing(item);
      return (
        <>
          {counts && <ImportSummaryView counts={counts} applied={false} />}
          <Alert
            type={nothingToDo ? 'info' : 'success'}
            showIcon
            title={nothingToDo ? 'Ошибок нет, но и изменений нет: всё уже в системе' : 'Ошибок нет, файл можно применить'}
            description={nothingToDo ? undefined : 'Изменения вносятся все сразу или никакие. При применении файл проверяется ещё раз: если за это время данные в системе изменились и появились ошибки, ничего не изменится.'}
            style={{ marginBottom: 16 }}
            data-testid="import-valid"
          />
          <ImportActions>
            <ApplyButton id={item.id} disabled={nothingToDo} />
            <DiscardButton id={item.id} />
          </ImportActions>
        </>
      );
    }
    case 'INVALID':
      return (
        <>
          {counts && item.fileErrors.length === 0 && <ImportSummaryView counts={counts} applied={false} />}
          <Alert
            type="warning"
            showIcon
            title="Файл не может быть применён, пока в нём есть ошибки"
            description={
              item.errorCount > 0
                ? `Строк с ошибками: ${formatCount(item.errorCount)}. Исправьте их и загрузите файл снова. Ничего не изменено.`
                : 'Исправьте файл и загрузите его снова. Ничего не изменено.'
            }
            style={{ marginBottom: 16 }}
            data-testid="import-invalid"
          />
          <ImportProblemsView source={item.id} useErrors={useStaffImportErrors} fileErrors={item.fileErrors} errorCount={item.errorCount} />
          <ImportActions>
            <Button type="primary" onClick={onAgain} data-testid="import-reupload">
              Загрузить исправленный файл
            </Button>
            <DiscardButton id={item.id} />
          </ImportActions>
        </>
      );
    case 'APPLIED':
      return (
        <Result
          status="success"
          title="Импорт применён"
          subTitle={`Создано: ${formatCount(item.toCreate)}, изменено: ${formatCount(item.toUpdate)}, без изменений: ${formatCount(item.unchanged)}.`}
          data-testid="import-done"
          extra={[
            <Button key="list" type="primary" onClick={() => navigate('/staff')} data-testid="import-to-staff">
              К списку педагогов
            </Button>,
            <Button key="composition" onClick={() => navigate('/staff/composition')} data-testid="import-to-composition">
              Кадровый состав
            </Button>,
            <Button key="again" onClick={() => navigate(IMPORTS_PATH)} data-testid="import-another">
              Загрузить ещё файл
            </Button>,
          ]}
        >
          {counts && <ImportSummaryView counts={counts} applied />}
        </Result>
      );
    case 'FAILED':
      return (
        <Result
          status="error"
          title={item.validatedAt === null ? 'Файл не удалось проверить' : 'Файл не удалось применить'}
          subTitle={item.failure ?? 'Не удалось обработать файл. Загрузите его ещё раз.'}
          data-testid="import-failed"
          extra={
            <Button type="primary" onClick={onAgain} data-testid="import-reupload">
              Загрузить файл ещё раз
            </Button>
          }
        />
      );
    case 'DISCARDED':
      return (
        <Result
          status="info"
          title="Импорт отменён"
          subTitle="Изменения не вносились, файл удалён с сервера."
          data-testid="import-discarded"
          extra={
            <Button type="primary" onClick={onAgain} data-testid="import-reupload">
              Загрузить новый файл
            </Button>
          }
        />
      );
    default:
      return null;
  }
}

function ApplyButton({ id, disabled }: { id: string; disabled: boolean }) {
  const { apply, refresh } = useStaffImportActions();
  const notify = useNotify();
  const run = () =>
    apply.mutate(
      { id },
      {
        onError: (error) => {
          notify.error(error, 'Не удалось применить импорт');
          void refresh(id);
        },
      },
    );
  return (
    <Button type="primary" disabled={disabled} loading={apply.isPending} onClick={run} data-testid="import-apply">
      Применить
    </Button>
  );
}

function DiscardButton({ id }: { id: string }) {
  const { discard, refresh } = useStaffImportActions();
  const notify = useNotify();
  const run = async () => {
    try {
      await discard.mutateAsync({ id });
      notify.success('Импорт отменён');
    } catch (error) {
      notify.error(error, 'Не удалось отменить импорт');
      void refresh(id);
    }
  };
  return (
    <Popconfirm
      title="Отменить импорт?"
      description="Файл будет удалён с сервера, изменения не вносятся."
      okText="Отменить импорт"
      okButtonProps={{ danger: true, 'data-testid': 'import-discard-confirm' } as ButtonProps}
      cancelText="Не отменять"
      onConfirm={run}
    >
      <Button danger loading={discard.isPending} data-testid="import-discard">
        Отменить импорт
      </Button>
    </Popconfirm>
  );
}
