import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Typography, Upload } from 'antd';
import { IMPORT_ACCEPT, isImportFileName } from '../../staff/import/lib/import-report';
import { uploadErrorMessage } from '../../../shared/lib/api-errors';

interface ResultImportFileFormProps {
  file: File | null;
  /** The picked file is not an XLSX or CSV. */
  fileError: string | null;
  onFile: (file: File | null) => void;
  onWrongFile: (name: string) => void;
  onUpload: () => void;
  /** The upload is under way. */
  sending: boolean;
  /** Why the server did not take the file. */
  sendError: unknown;
}

/**
 * Step «Файл»: the results file as the diagnostics platform exported it. The server keeps it and
 * reads its header; which column holds what is said on the next step.
 */
export function ResultImportFileForm({ file, fileError, onFile, onWrongFile, onUpload, sending, sendError }: ResultImportFileFormProps) {
  return (
    <Form layout="vertical" style={{ maxWidth: 720 }} data-testid="result-import-file-form">
      <Typography.Paragraph type="secondary">
        Подойдёт выгрузка платформы диагностики (например, ФИОКО) без изменений: первая строка — заголовки столбцов, дальше по строке на участника со
        столбцами баллов по компетенциям. На следующем шаге вы укажете, в каком столбце что находится. Результаты вносятся только после проверки и вашего
        подтверждения.
      </Typography.Paragraph>
      <Form.Item label="Файл результатов" validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined}>
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
            // Kept in the state and sent by «Загрузить файл», not by the Upload itself.
            return false;
          }}
          onRemove={() => onFile(null)}
          fileList={file ? [{ uid: 'result-import-file', name: file.name, status: 'done' }] : []}
          data-testid="result-import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">Перетащите файл сюда или нажмите, чтобы выбрать</p>
          <p className="ant-upload-hint">XLSX или CSV любого размера (UTF-8 или Windows-1251, разделитель «;» или «,»)</p>
        </Upload.Dragger>
      </Form.Item>
      {sendError !== null && sendError !== undefined && (
        <Alert type="error" showIcon title="Файл не принят" description={uploadErrorMessage(sendError)} style={{ marginBottom: 16 }} data-testid="result-import-upload-error" />
      )}
      <Button type="primary" icon={<UploadOutlined />} disabled={!file} loading={sending} onClick={onUpload} data-testid="result-import-upload">
        {sending ? 'Загружаем файл…' : 'Загрузить и сопоставить столбцы'}
      </Button>
    </Form>
  );
}
