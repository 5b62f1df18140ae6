import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { ReactNode } from 'react';
import { errorMessage, errorStatus } from '../lib/api-errors';
import { EmptyState } from './EmptyState';

interface PageStateProps {
  /** First load: nothing to show yet. */
  loading?: boolean;
  /** The failure to report instead of the content. */
  error?: unknown;
  onRetry?: () => void;
  /** Loaded, but nothing to show. */
  empty?: boolean;
  emptyText?: string;
  /** Shown with the empty state, e.g. a «Создать» button. */
  emptyAction?: ReactNode;
  children?: ReactNode;
}

/** The one loading / error / empty presentation for pages and blocks. */
export function PageState({ loading, error, onRetry, empty, emptyText, emptyAction, children }: PageStateProps) {
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading) return <Skeleton active paragraph={{ rows: 6 }} data-testid="loading-state" />;
  if (empty) return <EmptyState text={emptyText}>{emptyAction}</EmptyState>;
  return <>{children}</>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = errorStatus(error);
  const forbidden = status === 403;
  return (
    <Result
      status={forbidden ? '403' : status === 404 ? '404' : 'warning'}
      title={forbidden ? 'Недостаточно прав' : status === 404 ? 'Не найдено' : 'Не удалось загрузить данные'}
      subTitle={errorMessage(error)}
      data-testid="error-state"
      extra={
        onRetry && !forbidden ? (
          <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry">
            Повторить
          </Button>
        ) : undefined
      }
    />
  );
}
