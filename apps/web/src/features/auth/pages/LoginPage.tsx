import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Location, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { FullPageSpinner } from '../../../shared/components/FullPageSpinner';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { DemoAccounts } from '../components/DemoAccounts';
import { useAuth } from '../hooks/useAuth';

interface LoginForm {
  email: string;
  password: string;
}

const SHOW_DEMO_ACCOUNTS = import.meta.env['VITE_HIDE_DEMO_ACCOUNTS'] !== 'true';

/** Where to go after signing in: the page that sent the user here, or the home page. */
function targetOf(location: Location): string {
  const from = (location.state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  useDocumentTitle('Вход');
  const { status, login, notice } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  const errors = useApiFormErrors(form, ['email', 'password']);
  const error = errors.message;

  if (status === 'loading') return <FullPageSpinner />;
  if (status === 'authenticated') return <Navigate to={targetOf(location)} replace />;

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    errors.clear();
    try {
      await login(values.email.trim(), values.password);
      navigate(targetOf(location), { replace: true });
    } catch (caught) {
      errors.show(caught);
      setSubmitting(false);
    }
  };

  return (
    <div style={{ minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 440 }}>
        <Card>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4, textAlign: 'center' }}>
            СОПР
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            Система обеспечения профессионального развития педагогических работников
          </Typography.Paragraph>
          <Typography.Title level={4} data-testid="page-title" style={{ marginTop: 0 }}>
            Вход в систему
          </Typography.Title>
          {notice && !error && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Form<LoginForm> form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={submitting}>
            <Form.Item
              label="Электронная почта"
              name="email"
              rules={[
                { required: true, message: 'Введите адрес электронной почты' },
                { type: 'email', message: 'Некорректный адрес электронной почты' },
              ]}
            >
              <Input prefix={<MailOutlined />} autoComplete="username" autoFocus data-testid="login-email" />
            </Form.Item>
            <Form.Item label="Пароль" name="password" rules={[{ required: true, message: 'Введите пароль' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
              Войти
            </Button>
          </Form>
        </Card>
        {SHOW_DEMO_ACCOUNTS && (
          <DemoAccounts
            onPick={(email, password) => {
              form.setFieldsValue({ email, password });
              errors.clear();
            }}
          />
        )}
      </Space>
    </div>
  );
}
