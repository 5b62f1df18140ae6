import { Alert, Button, Drawer, Flex } from 'antd';
import { ReactNode } from 'react';

interface FormDrawerProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitting: boolean;
  /** A failure that has no field of its own. */
  error?: string | null;
  submitText?: string;
  children: ReactNode;
  testId?: string;
}

/** The drawer around every create/edit form: the error, the form, «Отмена» and «Сохранить». */
export function FormDrawer({ open, title, onClose, onSubmit, submitting, error, submitText = 'Сохранить', children, testId }: FormDrawerProps) {
  return (
    <Drawer
      open={open}
      title={title}
      onClose={onClose}
      size={520}
      destroyOnHidden
      maskClosable={!submitting}
      data-testid={testId}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={submitting}>
            Отмена
          </Button>
          <Button type="primary" onClick={onSubmit} loading={submitting} data-testid="form-submit">
            {submitText}
          </Button>
        </Flex>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      {children}
    </Drawer>
  );
}
