import { InboxOutlined } from '@ant-design/icons';
import { getGetStaffImportTemplateUrl, StaffImportReportDto } from '@sopr/api-client';
import { Alert, Button, Card, Flex, Form, Result, Spin, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { DownloadButton } from '../../../../shared/components/DownloadButton';
import { ErrorState } from '../../../../shared/components/PageState';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { errorMessage } from '../../../../shared/lib/api-errors';
import { useCurrentUser } from '../../../auth/hooks/useAuth';
import { OrganizationSelect } from '../../../places/components/PlaceSelects';
import { useOrganizationName } from '../../../places/hooks/usePlaces';
import { ImportProblemsView } from '../components/ImportProblemsView';
import { ImportSummaryView } from '../components/ImportSummaryView';
import { useStaffImport } from '../hooks/useStaffImport';
import { IMPORT_ACCEPT, isImportFileName, problemsOfCommitError, problemsOfReport } from '../lib/import-report';

const STEPS = [{ title: 'Файл' }, { title: 'Проверка' }, { title: 'Применение' }, { title: 'Готово' }];
type Step = 0 | 1 | 2 | 3;

export function StaffImportPage() {
  const user = useCurrentUser();
  const ownOrganization = user.organizationId;
  const ownOrganizationName = useOrganizationName(ownOrganization);
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pickedOrganization, setPickedOrganization] = useState<string | undefined>();
  const organizationId = ownOrganization ?? pickedOrganization;
  const { dryRun, commit } = useStaffImport();

  const check = (selected: File) => {
    commit.reset();
    setStep(1);
    dryRun.mutate({ file: selected, organizationId });
  };
  const apply = () => {
    if (!file) return;
    setStep(2);
    commit.mutate({ file, organizationId }, { onSuccess: () => setStep(3) });
  };
  const restart = () => {
    dryRun.reset();
    commit.reset();
    setFile(null);
    setStep(0);
  };

  return (
    <>
      <PageHeader title="Импорт педагогов" subtitle="Загрузите файл XLSX или CSV по шаблону: сначала он проверяется, изменения вносятся только после подтверждения." />
      <Card>
        <Steps current={step} items={STEPS} style={{ marginBottom: 24 }} data-testid="import-steps" />
        {step === 0 && (
          <FileStep
            file={file}
            fileError={fileError}
            onFile={(next) => {
              setFileError(null);
              setFile(next);
            }}
            onWrongFile={(name) => setFileError(`Файл «${name}» не подходит: нужен XLSX или CSV`)}
            fixedOrganizationName={ownOrganization ? (ownOrganizationName.name ?? '…') : null}
            organizationId={pickedOrganization}
            onOrganization={setPickedOrganization}
            onCheck={() => file && check(file)}
          />
        )}
        {step === 1 &&
          (dryRun.isPending ? (
            <Working text="Проверяем файл…" testId="import-checking" />
          ) : dryRun.error ? (
            <>
              <ErrorState error={dryRun.error} onRetry={() => file && check(file)} />
              <Flex justify="center">
                <Button onClick={restart} data-testid="import-reupload">
                  Загрузить другой файл
                </Button>
              </Flex>
            </>
          ) : (
            dryRun.data && <CheckStep report={dryRun.data} onApply={apply} onRestart={restart} />
          ))}
        {step === 2 && <ApplyStep pending={commit.isPending} error={commit.error} onRetry={apply} onRestart={restart} />}
        {step === 3 && commit.data && <DoneStep report={commit.data} onRestart={restart} />}
      </Card>
    </>
  );
}

interface FileStepProps {
  file: File | null;
  fileError: string | null;
  onFile: (file: File | null) => void;
  onWrongFile: (name: string) => void;
  /** A school admin imports into his own school: its name, shown instead of the picker. */
  fixedOrganizationName: string | null;
  organizationId?: string;
  onOrganization: (id: string | undefined) => void;
  onCheck: () => void;
}

function FileStep({ file, fileError, onFile, onWrongFile, fixedOrganizationName, organizationId, onOrganization, onCheck }: FileStepProps) {
  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item label="Шаблон">
        <Flex align="center" gap={8} wrap>
          <DownloadButton url={getGetStaffImportTemplateUrl()} fileName="шаблон-импорта-педагогов.xlsx" excel data-testid="import-template">
            Скачать шаблон
          </DownloadButton>
          <Typography.Text type="secondary">Заголовки столбцов — как в шаблоне; строка-пример удаляется.</Typography.Text>
        </Flex>
      </Form.Item>
      <Form.Item
        label="Организация"
        extra={fixedOrganizationName === null ? 'Для строк без столбца «Организация». Если столбец заполнен, выбирать не нужно.' : undefined}
      >
        {fixedOrganizationName !== null ? (
          <Typography.Text strong data-testid="import-organization-fixed">{fixedOrganizationName}</Typography.Text>
        ) : (
          <OrganizationSelect value={organizationId} onChange={onOrganization} allowClear style={{ width: '100%' }} data-testid="import-organization" />
        )}
      </Form.Item>
      <Form.Item label="Файл" validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined}>
        <Upload.Dragger
          accept={IMPORT_ACCEPT}
          multiple={false}
          maxCount={1}
          beforeUpload={(picked) => {
            if (!isImportFileName(picked.name)) {
              onWrongFile(picked.name);
              return Upload.LIST_IGNORE;
            }
            onFile(picked);
            return false;
          }}
          onRemove={() => onFile(null)}
          fileList={file ? [{ uid: 'import-file', name: file.name, status: 'done' }] : []}
          data-testid="import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">Перетащите файл сюда или нажмите, чтобы выбрать</p>
          <p className="ant-upload-hint">XLSX или CSV (UTF-8 или Windows-1251, разделитель «;» или «,»)</p>
        </Upload.Dragger>
      </Form.Item>
      <Button type="primary" disabled={!file} onClick={onCheck} data-testid="import-check">
        Проверить файл
      </Button>
    </Form>
  );
}

function CheckStep({ report, onApply, onRestart }: { report: StaffImportReportDto; onApply: () => void; onRestart: () => void }) {
  const problems = problemsOfReport(report);
  const nothingToDo = report.valid && report.toCreate + report.toUpdate === 0;
  return (
    <>
      <ImportSummaryView report={report} />
      {report.valid ? (
        <Alert
          type={nothingToDo ? 'info' : 'success'}
          showIcon
          title={nothingToDo ? 'Ошибок нет, но и изменений нет: всё уже в системе' : 'Ошибок нет, файл можно применить'}
          style={{ marginBottom: 16 }}
          data-testid="import-valid"
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title="Файл не может быть применён, пока в нём есть ошибки"
          description="Исправьте строки из списка ниже и загрузите файл снова. Ничего не изменено."
          style={{ marginBottom: 16 }}
        />
      )}
      <ImportProblemsView problems={problems} />
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Button onClick={onRestart} data-testid="import-reupload">
          Загрузить исправленный файл
        </Button>
        <Button type="primary" disabled={!report.valid || nothingToDo} onClick={onApply} data-testid="import-apply">
          Применить
        </Button>
      </Flex>
    </>
  );
}

/** A synchronous request under way: a spinner with what is happening. */
function Working({ text, testId }: { text: string; testId: string }) {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin size="large" description={text} data-testid={testId}>
        <div style={{ width: 200, height: 60 }} />
      </Spin>
    </Flex>
  );
}

function ApplyStep({ pending, error, onRetry, onRestart }: { pending: boolean; error: unknown; onRetry: () => void; onRestart: () => void }) {
  if (pending) return <Working text="Применяем…" testId="import-applying" />;
  const problems = problemsOfCommitError(error);
  if (problems) {
    return (
      <>
        <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} data-testid="import-commit-error" />
        <ImportProblemsView problems={problems} />
        <Button onClick={onRestart} style={{ marginTop: 16 }} data-testid="import-reupload">
          Загрузить исправленный файл
        </Button>
      </>
    );
  }
  return error ? <ErrorState error={error} onRetry={onRetry} /> : null;
}

function DoneStep({ report, onRestart }: { report: StaffImportReportDto; onRestart: () => void }) {
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title="Импорт применён"
      subTitle={`Создано: ${report.toCreate}, изменено: ${report.toUpdate}, без изменений: ${report.unchanged}.`}
      data-testid="import-done"
      extra={[
        <Button key="list" type="primary" onClick={() => navigate('/staff')} data-testid="import-to-staff">
          К списку педагогов
        </Button>,
        <Button key="again" onClick={onRestart}>
          Загрузить ещё файл
        </Button>,
      ]}
    >
      <ImportSummaryView report={report} />
    </Result>
  );
}
