import { Form, Input } from 'antd';

export const PASSWORD_MIN_LENGTH = 10;

/** A password input with the server's rules (10 to 200 characters). */
export function PasswordField({ name, label, required, extra }: { name: string; label: string; required: boolean; extra?: string }) {
  return (
    <Form.Item
      label={label}
      name={name}
      extra={extra}
      rules={[
        { required, message: 'Укажите пароль' },
        { min: PASSWORD_MIN_LENGTH, message: `Не короче ${PASSWORD_MIN_LENGTH} символов` },
        { max: 200, message: 'Не длиннее 200 символов' },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
