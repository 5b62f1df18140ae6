import { Tag } from 'antd';
import { priorityColor, priorityTitle, statusColor, statusTitle } from '../lib/recommendations';

export function RecommendationPriorityTag({ priority }: { priority: string }) {
  return (
    <Tag color={priorityColor(priority)} data-testid="recommendation-priority" data-priority={priority} style={{ marginInlineEnd: 0 }}>
      {priorityTitle(priority)}
    </Tag>
  );
}

export function RecommendationStatusTag({ status }: { status: string }) {
  return (
    <Tag color={statusColor(status)} data-testid="recommendation-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {statusTitle(status)}
    </Tag>
  );
}
