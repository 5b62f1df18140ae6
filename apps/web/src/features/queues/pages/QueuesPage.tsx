import { ExportOutlined } from '@ant-design/icons';
import { useOpenQueueBoardSession } from '@sopr/api-client';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../shared/components/PageHeader';
import { errorMessage } from '../../../shared/lib/api-errors';

export const QUEUE_BOARD_URL = '/api/admin/queues';

/**
 * Bull Board lives outside the SPA: the API first sets a short-lived cookie for it, then the
 * board opens in a new tab.
 */
export function QueuesPage() {
  const session = useOpenQueueBoardSession();
  const [blocked, setBlocked] = useState(false);

  const open = async () => {
    setBlocked(false);
    // Opened before the request, while the click still counts as a user action for the popup blocker.
    const tab = window.open('about:blank', '_blank');
    try {
      await session.mutateAsync();
    } catch {
      tab?.close();
      return;
    }
    if (tab) {
      tab.opener = null;
      tab.location.href = QUEUE_BOARD_URL;
    } else {
      setBlocked(true);
    }
  };

  return (
    <>
      <PageHeader title="Очереди" subtitle="Фоновые задачи системы: обслуживание базы, рассылки, обмен с внешними системами." />
      <Card>
        <Space orientation="vertical" size="middle">
          <Typography.Paragraph style={{ margin: 0 }}>
            Панель Bull Board показывает задачи в очередях, ошибки и повторы. Доступ к ней действует 15 минут; затем откройте её снова.
          </Typography.Paragraph>
          {session.isError && <Alert type="error" showIcon title={errorMessage(session.error)} />}
          {blocked && (
            <Alert
              type="warning"
              showIcon
              title="Браузер заблокировал новую вкладку"
              description={
                <Typography.Link href={QUEUE_BOARD_URL} target="_blank" rel="noopener noreferrer">
                  Открыть очереди по ссылке
                </Typography.Link>
              }
            />
          )}
          <Button type="primary" icon={<ExportOutlined />} loading={session.isPending} onClick={open} data-testid="open-queues">
            Открыть Bull Board
          </Button>
        </Space>
      </Card>
    </>
  );
}
