import { StaffImportDto } from '@sopr/api-client';
import { Tag } from 'antd';
import { importStatusColor, importStatusTitle } from '../lib/import-report';

export function ImportStatusTag({ status, testId = 'import-status' }: { status: StaffImportDto['status']; testId?: string }) {
  return (
    <Tag color={importStatusColor(status)} data-testid={testId} data-status={status}>
      {importStatusTitle(status)}
    </Tag>
  );
}
