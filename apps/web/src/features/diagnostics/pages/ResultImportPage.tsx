import { ArrowLeftOutlined } from '@ant-design/icons';
import { ProcedureDto } from '@sopr/api-client';
import { Button, Card, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { ResultImportFileForm } from '../components/ResultImportFileForm';
import { ResultImportHistory } from '../components/ResultImportHistory';
import { useProcedure } from '../hooks/useDiagnostics';
import { useResultImportActions } from '../hooks/useResultImport';
import { RESULT_IMPORT_STEPS, RESULT_IMPORT_TITLE, resultImportPath } from '../lib/result-import';

/**
 * /diagnostics/procedures/:id/import — step «Файл» of the results import: the file goes to the
 * server, which reads its header; the import's own page (…/import/:importId) goes on from there.
 * Below, the procedure's recent imports to come back to.
 */
export function ResultImportPage() {
  const { id = '' } = useParams();
  const query = useProcedure(id);
  return (
    <PageState loading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {query.data && <ResultImportStart key={id} procedure={query.data} />}
    </PageState>
  );
}

function ResultImportStart({ procedure }: { procedure: ProcedureDto }) {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { start } = useResultImportActions(procedure.id);

  const upload = () => {
    if (!file) return;
    start.mutate({ id: procedure.id, data: file, params: { fileName: file.name } }, { onSuccess: (created) => navigate(resultImportPath(procedure.id, created.id)) });
  };

  return (
    <div data-testid="result-import-page">
      <PageHeader
        title={RESULT_IMPORT_TITLE}
        subtitle={<>Процедура «{procedure.name}»</>}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/diagnostics/procedures/${procedure.id}`)} data-testid="result-import-to-procedure">
            К процедуре
          </Button>
        }
      />
      <Card>
        <Steps current={0} items={[...RESULT_IMPORT_STEPS]} style={{ marginBottom: 24 }} data-testid="result-import-steps" />
        <ResultImportFileForm
          file={file}
          fileError={fileError}
          onFile={(next) => {
            setFileError(null);
            start.reset();
            setFile(next);
          }}
          onWrongFile={(name) => setFileError(`Файл «${name}» не подходит: нужен XLSX или CSV`)}
          onUpload={upload}
          sending={start.isPending}
          sendError={start.error}
        />
      </Card>
      <ResultImportHistory procedureId={procedure.id} />
    </div>
  );
}
