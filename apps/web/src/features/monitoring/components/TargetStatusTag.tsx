import { Tag } from 'antd';
import { statusView } from '../lib/indicators';

/** Met green, at risk orange, not met red; grey «цель не задана» (or «нет данных») without a status. */
export function TargetStatusTag({ status, target, value }: { status: string | null; target: number | null; value: number | null }) {
  const view = statusView(status, target, value);
  return (
    <Tag color={view.color} data-testid="target-status" data-status={view.key} style={{ marginInlineEnd: 0 }}>
      {view.title}
    </Tag>
  );
}
