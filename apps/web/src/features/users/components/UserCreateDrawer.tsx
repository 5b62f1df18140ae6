import { CreateUserDto, UserRole } from '@sopr/api-client';
import { Form, Input, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalitySelect, OrganizationSelect, RegionSelect } from '../../places/components/PlaceSelects';
import { useUserMutations } from '../hooks/useUsers';
import { assignableRoles, defaultPlacement, placementField, placementKind, roleTitle } from '../roles';
import { PasswordField } from './PasswordField';

interface UserCreateForm {
  fullName: string;
  email: string;
  role: UserRole;
  regionId?: string;
  municipalityId?: string;
  organizationId?: string;
  password: string;
}

const FIELDS = ['fullName', 'email', 'role', 'regionId', 'municipalityId', 'organizationId', 'password'];

/** New account: the role select offers only roles not above the creator's; the place follows the role. */
export function UserCreateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const user = useCurrentUser();
  const [form] = Form.useForm<UserCreateForm>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { create } = useUserMutations();
  const roles = useMemo(() => assignableRoles(user.role), [user.role]);
  const role = Form.useWatch('role', form);
  const kind = role ? placementKind(role) : 'none';

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    const initialRole = roles[0];
    if (initialRole) {
      const field = placementField(initialRole);
      form.setFieldsValue({ role: initialRole, ...(field ? { [field]: defaultPlacement(initialRole, user) } : {}) });
    }
  }, [open, form, roles, user, clearErrors]);

  const onRoleChange = (next: UserRole) => {
    const field = placementField(next);
    form.setFieldsValue({ regionId: undefined, municipalityId: undefined, organizationId: undefined });
    if (field) form.setFieldsValue({ [field]: defaultPlacement(next, user) });
  };

  const submit = () =>
    errors.submit(async (values) => {
      const field = placementField(values.role);
      const data: CreateUserDto = {
        fullName: values.fullName.trim(),
        email: values.email.trim(),
        role: values.role,
        password: values.password,
        ...(field && values[field] ? { [field]: values[field] } : {}),
      };
      await create.mutateAsync({ data });
      notify.success('Пользователь создан');
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title="Новый пользователь"
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending}
      error={errors.message}
      submitText="Создать"
      testId="user-create-form"
    >
      <Form<UserCreateForm> form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item label="ФИО" name="fullName" rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }, { max: 200, message: 'Не длиннее 200 символов' }]}>
          <Input placeholder="Иванова Мария Петровна" />
        </Form.Item>
        <Form.Item
          label="Электронная почта"
          name="email"
          rules={[
            { required: true, message: 'Укажите адрес электронной почты' },
            { type: 'email', message: 'Некорректный адрес электронной почты' },
          ]}
        >
          <Input placeholder="ivanova@school1.ru" autoComplete="off" />
        </Form.Item>
        <Form.Item label="Роль" name="role" rules={[{ required: true, message: 'Выберите роль' }]}>
          <Select<UserRole>
            options={roles.map((value) => ({ value, label: roleTitle(value) }))}
            onChange={onRoleChange}
            data-testid="user-role"
          />
        </Form.Item>
        {kind === 'region' && (
          <Form.Item label="Регион" name="regionId" rules={[{ required: true, message: 'Выберите регион' }]}>
            <RegionSelect disabled={user.regionId !== null} />
          </Form.Item>
        )}
        {kind === 'municipality' && (
          <Form.Item label="Муниципалитет" name="municipalityId" rules={[{ required: true, message: 'Выберите муниципалитет' }]}>
            <MunicipalitySelect disabled={user.municipalityId !== null} />
          </Form.Item>
        )}
        {kind === 'organization' && (
          <Form.Item label="Организация" name="organizationId" rules={[{ required: true, message: 'Выберите организацию' }]}>
            <OrganizationSelect disabled={user.organizationId !== null} municipalityId={user.municipalityId ?? undefined} />
          </Form.Item>
        )}
        <PasswordField name="password" label="Начальный пароль" required extra="Передайте пароль пользователю; сменить его можно в профиле." />
      </Form>
    </FormDrawer>
  );
}
