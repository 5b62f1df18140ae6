import { ReloadOutlined } from '@ant-design/icons';
import { NETWORK_ERROR_MESSAGE } from '@sopr/api-client';
import { Button, Result, Typography } from 'antd';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';

/** Shown instead of the app when the server could not be reached on start. */
export function ApiUnavailablePage({ onRetry, message }: { onRetry: () => void; message?: string }) {
  useDocumentTitle('API недоступен');
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }} data-testid="api-unavailable">
      <Result
        status="500"
        title={
          <Typography.Title level={3} data-testid="page-title">
            API недоступен
          </Typography.Title>
        }
        subTitle={message ?? NETWORK_ERROR_MESSAGE}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry">
            Повторить
          </Button>
        }
      />
    </div>
  );
}
