import type { MonitoringRunDto, MonitoringRunProgressDto } from '@sopr/api-client';
import { Card, Flex, Progress, Typography } from 'antd';
import { progressPercents, runFailedText, runProgressText } from '../lib/runs';

const FAILED_COLOR = '#cf1322';

/**
 * A region run being computed: how many of its municipalities are done (green), failed (red) and
 * still to go; once all are, the roll-up to the region. The page polls the run, so it moves by itself.
 */
export function RegionRunProgress({ run, progress }: { run: MonitoringRunDto; progress: MonitoringRunProgressDto }) {
  const percents = progressPercents(progress);
  const failed = runFailedText(progress);
  const rollingUp = progress.total > 0 && progress.done === progress.total;
  return (
    <Card style={{ marginBottom: 16 }} data-testid="run-progress">
      <Flex vertical gap={8}>
        <Typography.Text strong>
          {run.status === 'QUEUED' ? 'Мониторинг региона в очереди' : rollingUp ? 'Муниципалитеты посчитаны, показатели сводятся по региону…' : 'Муниципалитеты считаются…'}
        </Typography.Text>
        <Progress
          percent={percents.finished}
          success={{ percent: percents.done }}
          strokeColor={FAILED_COLOR}
          status="active"
          format={() => `${progress.done + progress.failed} из ${progress.total}`}
          data-testid="run-progress-bar"
        />
        <Typography.Text data-testid="run-progress-text" data-done={progress.done} data-total={progress.total} data-failed={progress.failed}>
          {runProgressText(progress)}
          {failed && (
            <Typography.Text type="danger" data-testid="run-progress-failed">
              , {failed}
            </Typography.Text>
          )}
        </Typography.Text>
        <Typography.Text type="secondary">
          Страница обновится сама, когда расчёт завершится. Её можно закрыть: мониторинг считается на сервере и останется в списке.
        </Typography.Text>
      </Flex>
    </Card>
  );
}
