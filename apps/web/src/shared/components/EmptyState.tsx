import { Empty } from 'antd';
import { ReactNode } from 'react';

export function EmptyState({ text = 'Нет данных', children }: { text?: string; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} data-testid="empty-state">
      {children}
    </Empty>
  );
}
