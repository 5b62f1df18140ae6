import { UpdateUserDto, UserDto } from '@sopr/api-client';
import { Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useUserMutations } from '../hooks/useUsers';
import { PasswordField } from './PasswordField';

interface UserEditForm {
  fullName: string;
  email: string;
  active: boolean;
  password?: string;
}

const FIELDS = ['fullName', 'email', 'active', 'password'];

/** Name, e-mail, active, and a password reset (blank keeps the password). */
export function UserEditDrawer({ account, onClose }: { account: UserDto | null; onClose: () => void }) {
  const me = useCurrentUser();
  const [form] = Form.useForm<UserEditForm>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { update } = useUserMutations();
  const open = account !== null;

  useEffect(() => {
    if (!account) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue({ fullName: account.fullName, email: account.email, active: account.active });
  }, [account, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (!account) return;
      const data: UpdateUserDto = { fullName: values.fullName.trim(), email: values.email.trim(), active: values.active };
      if (values.password) data.password = values.password;
      await update.mutateAsync({ id: account.id, data });
      notify.success(values.password ? 'Изменения сохранены, пароль сброшен' : 'Изменения сохранены');
      onClose();
    });


  return (
    <FormDrawer
      open={open}
      title="Изменение пользователя"
      onClose={onClose}
      onSubmit={submit}
      submitting={update.isPending}
      error={errors.message}
      testId="user-edit-form"
    >
      <Form<UserEditForm> form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }, { max: 200, message: 'Не длиннее 200 символов' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label="Электронная почта"
          name="email"
          rules={[
            { required: true, message: 'Укажите адрес электронной почты' },
            { type: 'email', message: 'Некорректный адрес электронной почты' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Вход разрешён" name="active" valuePropName="checked" extra="Выключите, чтобы заблокировать вход; сеансы пользователя завершатся.">
          <Switch disabled={account?.id === me.id} />
        </Form.Item>
        <PasswordField name="password" label="Новый пароль" required={false} extra="Оставьте пустым, чтобы не менять. После сброса все сеансы пользователя завершатся." />
      </Form>
    </FormDrawer>
  );
}
