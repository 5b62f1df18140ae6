import { getLiveness, isApiReachable, subscribeReachability } from '@sopr/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, useSyncExternalStore } from 'react';

export function useApiReachable(): boolean {
  return useSyncExternalStore(subscribeReachability, isApiReachable, () => true);
}

/** «API недоступен» over the page while the server does not answer; checks again on request. */
export function ApiUnavailableBanner() {
  const reachable = useApiReachable();
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  if (reachable) return null;

  const check = async () => {
    setChecking(true);
    try {
      await getLiveness();
      await queryClient.refetchQueries({ type: 'active' });
    } catch {
      // Still down: the banner stays.
    } finally {
      setChecking(false);
    }
  };

  return (
    <Alert
      banner
      type="error"
      data-testid="api-unavailable"
      title="API недоступен"
      description="Сервер не отвечает. Данные на странице могут быть устаревшими, изменения не сохранятся."
      action={
        <Button size="small" danger loading={checking} onClick={check}>
          Проверить снова
        </Button>
      }
    />
  );
}
