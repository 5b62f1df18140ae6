import { InboxOutlined } from '@ant-design/icons';
import { getGetStaffImportTemplateUrl } from '@sopr/api-client';
import { Alert, Button, Flex, Form, Typography, Upload } from 'antd';
import { DownloadButton } from '../../../../shared/components/DownloadButton';
import { uploadErrorMessage } from '../../../../shared/lib/api-errors';
import { OrganizationSelect } from '../../../places/components/PlaceSelects';
import { IMPORT_ACCEPT, isImportFileName } from '../lib/import-report';

interface ImportFileFormProps {
  file: File | null;
  fileError: string | null;
  onFile: (file: File | null) => void;
  onWrongFile: (name: string) => void;
  /** A school admin imports into his own school: its name, shown instead of the picker. */
  fixedOrganizationName: string | null;
  organizationId?: string;
  onOrganization: (id: string | undefined) => void;
  onCheck: () => void;
  /** The upload is under way. */
  sending: boolean;
  /** Why the server did not take the file. */
  sendError: unknown;
}

/** Step «Файл»: the template, the organization for rows without one, the file and «Проверить». */
export function ImportFileForm(props: ImportFileFormProps) {
  const { file, fileError, onFile, onWrongFile, fixedOrganizationName, organizationId, onOrganization, onCheck, sending, sendError } = props;
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
          disabled={sending}
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
          <p className="ant-upload-hint">XLSX или CSV любого размера (UTF-8 или Windows-1251, разделитель «;» или «,»)</p>
        </Upload.Dragger>
      </Form.Item>
      {sendError !== null && sendError !== undefined && (
        <Alert type="error" showIcon title="Файл не принят" description={uploadErrorMessage(sendError)} style={{ marginBottom: 16 }} data-testid="import-start-error" />
      )}
      <Button type="primary" disabled={!file} loading={sending} onClick={onCheck} data-testid="import-check">
        {sending ? 'Загружаем файл…' : 'Проверить файл'}
      </Button>
    </Form>
  );
}
