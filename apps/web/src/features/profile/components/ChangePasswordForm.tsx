import { useChangePassword } from '@sopr/api-client';
import { Alert, Button, Form, Input } from 'antd';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useAuth } from '../../auth/hooks/useAuth';
import { PASSWORD_MIN_LENGTH } from '../../users/components/PasswordField';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'];

/** Change of one's own password; the server ends the other sessions and returns a new pair for this one. */
export function ChangePasswordForm() {
  const { applyTokens } = useAuth();
  const [form] = Form.useForm<ChangePasswordValues>();
  const errors = useApiFormErrors(form, FIELDS);
  const notify = useNotify();
  const change = useChangePassword();

  const submit = async (values: ChangePasswordValues) => {
    errors.clear();
    try {
      const pair = await change.mutateAsync({ data: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      applyTokens(pair);
      form.resetFields();
      notify.success('Пароль изменён. Остальные сеансы завершены.');
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }} data-testid="change-password-form">
      {errors.message && <Alert type="error" showIcon title={errors.message} style={{ marginBottom: 16 }} />}
      <Form.Item label="Текущий пароль" name="currentPassword" rules={[{ required: true, message: 'Введите текущий пароль' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="Новый пароль"
        name="newPassword"
        extra={`Не короче ${PASSWORD_MIN_LENGTH} символов.`}
        rules={[
          { required: true, message: 'Введите новый пароль' },
          { min: PASSWORD_MIN_LENGTH, message: `Не короче ${PASSWORD_MIN_LENGTH} символов` },
          { max: 200, message: 'Не длиннее 200 символов' },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Новый пароль ещё раз"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Повторите новый пароль' },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('Пароли не совпадают')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        Сменить пароль
      </Button>
    </Form>
  );
}
