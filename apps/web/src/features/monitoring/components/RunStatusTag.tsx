import { Tag } from 'antd';
import { runStatusColor, runStatusTitle } from '../lib/runs';

export function RunStatusTag({ status, testId = 'run-status' }: { status: string; testId?: string }) {
  return (
    <Tag color={runStatusColor(status)} data-testid={testId} data-status={status}>
      {runStatusTitle(status)}
    </Tag>
  );
}
