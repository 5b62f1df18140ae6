import { CopyOutlined } from '@ant-design/icons';
import { CreatedApiKeyDto } from '@sopr/api-client';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { copyText } from './copy-text';

/** The full key, shown once right after creation, with a copy button and a warning. */
export function CreatedKeyModal({ created, onClose }: { created: CreatedApiKeyDto | null; onClose: () => void }) {
  const { message } = App.useApp();
  const copy = async () => {
    if (!created) return;
    const copied = await copyText(created.key);
    if (copied) void message.success('Ключ скопирован в буфер обмена');
    else void message.error('Не удалось скопировать: выделите ключ и скопируйте вручную');
  };
  return (
    <Modal
      open={created !== null}
      title={`Ключ API «${created?.name ?? ''}» создан`}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="created-key-close">
          Я сохранил ключ
        </Button>
      }
      data-testid="created-key-modal"
    >
      <Alert
        type="warning"
        showIcon
        title="Ключ показывается только один раз"
        description="Скопируйте его сейчас и сохраните в надёжном месте. После закрытия окна увидеть ключ снова будет нельзя — только создать новый."
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph strong>Ключ для заголовка X-API-Key:</Typography.Paragraph>
      <Flex gap={8}>
        <Input value={created?.key} readOnly onFocus={(event) => event.target.select()} data-testid="created-key-value" style={{ fontFamily: 'monospace' }} />
        <Button icon={<CopyOutlined />} onClick={copy} data-testid="created-key-copy">
          Копировать
        </Button>
      </Flex>
    </Modal>
  );
}
