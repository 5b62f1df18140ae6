import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { MonitoringRunDto } from '@sopr/api-client';
import { Button, Card, Flex, Typography } from 'antd';
import { ReactNode, useState } from 'react';
import { useNotify } from '../../../shared/hooks/useNotify';
import { downloadFile } from '../../../shared/lib/download';
import { runDocumentName, RunDocument } from '../lib/runs';

interface RunDocumentsProps {
  run: MonitoringRunDto;
  /** The analytical note is the municipality's document: for those who run monitoring. */
  canReadNote: boolean;
  onRefresh: () => void;
}

const ICONS: Record<RunDocument, ReactNode> = { 'values.xlsx': <FileExcelOutlined />, 'note.docx': <FileWordOutlined />, 'note.pdf': <FilePdfOutlined /> };
const LABELS: Record<RunDocument, string> = { 'values.xlsx': 'Таблицы XLSX', 'note.docx': 'Справка DOCX', 'note.pdf': 'Справка PDF' };

/** A finished run's documents: its tables, and the analytical note once the worker has written it. */
export function RunDocuments({ run, canReadNote, onRefresh }: RunDocumentsProps) {
  const notify = useNotify();
  const [busy, setBusy] = useState<RunDocument | null>(null);
  const download = async (document: RunDocument) => {
    setBusy(document);
    try {
      await downloadFile(`/api/v1/monitoring-runs/${run.id}/${document}`, runDocumentName(run, document));
    } catch (error) {
      notify.error(error, 'Не удалось скачать файл');
    } finally {
      setBusy(null);
    }
  };
  const button = (document: RunDocument) => (
    <Button key={document} icon={ICONS[document]} loading={busy === document} onClick={() => void download(document)} data-testid={`run-download-${document}`}>
      {LABELS[document]}
    </Button>
  );
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="run-documents">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text strong>Аналитическая справка и таблицы</Typography.Text>
        <Flex gap={8} wrap>
          {button('values.xlsx')}
          {canReadNote && run.noteReady && [button('note.docx'), button('note.pdf')]}
          {canReadNote && !run.noteReady && (
            <Button icon={<ReloadOutlined />} onClick={onRefresh} data-testid="run-note-pending">
              Справка готовится — проверить
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
