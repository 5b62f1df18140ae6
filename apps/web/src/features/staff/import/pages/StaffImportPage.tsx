import { Card, Steps } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { useCurrentUser } from '../../../auth/hooks/useAuth';
import { useOrganizationName } from '../../../places/hooks/usePlaces';
import { ImportFileForm } from '../components/ImportFileForm';
import { ImportHistoryTable } from '../components/ImportHistoryTable';
import { useStaffImportActions } from '../hooks/useStaffImport';
import { IMPORT_STEPS, organizationToImportAgain } from '../lib/import-report';

/**
 * /staff/import — step «Файл»: the file goes to the server, which checks it in the background;
 * the import's own page (/staff/import/:id) follows it. Below, the recent imports to come back to.
 */
export function StaffImportPage() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const ownOrganization = user.organizationId;
  const ownOrganizationName = useOrganizationName(ownOrganization);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pickedOrganization, setPickedOrganization] = useState<string | undefined>(() => organizationToImportAgain(location.state));
  const organizationId = ownOrganization ?? pickedOrganization;
  const { start } = useStaffImportActions();

  const check = () => {
    if (!file) return;
    start.mutate(
      { data: file, params: { fileName: file.name, ...(organizationId ? { organizationId } : {}) } },
      { onSuccess: (created) => navigate(`/staff/import/${created.id}`) },
    );
  };

  return (
    <>
      <PageHeader
        title="Импорт педагогов"
        subtitle="Загрузите файл XLSX или CSV по шаблону: сервер проверит его в фоне, изменения вносятся только после подтверждения."
      />
      <Card>
        <Steps current={0} items={[...IMPORT_STEPS]} style={{ marginBottom: 24 }} data-testid="import-steps" />
        <ImportFileForm
          file={file}
          fileError={fileError}
          onFile={(next) => {
            setFileError(null);
            start.reset();
            setFile(next);
          }}
          onWrongFile={(name) => setFileError(`Файл «${name}» не подходит: нужен XLSX или CSV`)}
          fixedOrganizationName={ownOrganization ? (ownOrganizationName.name ?? '…') : null}
          organizationId={pickedOrganization}
          onOrganization={setPickedOrganization}
          onCheck={check}
          sending={start.isPending}
          sendError={start.error}
        />
      </Card>
      <ImportHistoryTable />
    </>
  );
}
