import { Flex, Progress, Spin, Typography } from 'antd';
import { ImportProgress } from '../lib/import-report';

/**
 * The worker's progress: a percentage when the total is known (applying), otherwise a spinner with
 * the rows read so far (checking: the total is unknown until the file has been read through).
 */
export function ImportProgressView({ title, progress }: { title: string; progress: ImportProgress }) {
  return (
    <Flex vertical gap={12} style={{ padding: '24px 0', maxWidth: 720 }} data-testid="import-progress">
      <Flex align="center" gap={12}>
        {progress.percent === null && <Spin />}
        <Typography.Text strong>{title}</Typography.Text>
      </Flex>
      {progress.percent !== null && <Progress percent={progress.percent} status="active" data-testid="import-progress-bar" />}
      <Typography.Text type="secondary" data-testid="import-progress-text">
        {progress.text}
      </Typography.Text>
      <Typography.Text type="secondary">
        Страницу можно закрыть: файл обрабатывается на сервере. Вернуться к нему можно из списка «Последние импорты».
      </Typography.Text>
    </Flex>
  );
}
