import { ReloadOutlined } from '@ant-design/icons';
import type { MonitoringRunDto } from '@sopr/api-client';
import { Button, ButtonProps } from 'antd';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useRunActions } from '../hooks/useMonitoring';

/** «Повторить» for a run that failed: it is queued again and computed from the start. */
export function RetryRunButton({ run, size, type = 'default' }: { run: MonitoringRunDto; size?: ButtonProps['size']; type?: ButtonProps['type'] }) {
  const { retry, refresh } = useRunActions();
  const notify = useNotify();
  const pending = retry.isPending && retry.variables?.id === run.id;
  const onClick = async () => {
    try {
      await retry.mutateAsync({ id: run.id });
      notify.success('Мониторинг поставлен в очередь ещё раз');
    } catch (error) {
      notify.error(error, 'Не удалось повторить мониторинг');
      refresh(run.id);
    }
  };
  return (
    <Button size={size} type={type} icon={<ReloadOutlined />} loading={pending} onClick={() => void onClick()} data-testid="run-retry">
      Повторить
    </Button>
  );
}
