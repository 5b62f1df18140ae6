import { StaffMemberDto } from '@sopr/api-client';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useStaffMutations } from '../hooks/useStaff';
import { ContactsFormValues, toContactsBody } from '../lib/staff-form';

const FIELDS = ['email', 'phone'];

/** The part of his own card a teacher may change: e-mail and phone. */
export function ContactsForm({ member }: { member: StaffMemberDto }) {
  const [form] = Form.useForm<ContactsFormValues>();
  const errors = useApiFormErrors(form, FIELDS);
  const { updateContacts } = useStaffMutations();
  const notify = useNotify();

  useEffect(() => {
    form.setFieldsValue({ email: member.email ?? undefined, phone: member.phone ?? undefined });
  }, [form, member.email, member.phone]);

  const submit = async (values: ContactsFormValues) => {
    errors.clear();
    try {
      await updateContacts.mutateAsync({ id: member.id, data: toContactsBody(values) });
      notify.success('Контакты сохранены');
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <Card title="Мои контакты" size="small" style={{ marginBottom: 16 }} data-testid="contacts-form">
      {errors.message && <Alert type="error" showIcon title={errors.message} style={{ marginBottom: 12 }} />}
      <Form<ContactsFormValues> form={form} layout="inline" onFinish={submit} style={{ rowGap: 8 }}>
        <Form.Item label="Эл. почта" name="email">
          <Input type="email" style={{ width: 260 }} data-testid="contacts-email" />
        </Form.Item>
        <Form.Item label="Телефон" name="phone">
          <Input style={{ width: 200 }} placeholder="+7 900 000-00-00" data-testid="contacts-phone" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={updateContacts.isPending} data-testid="contacts-submit">
            Сохранить
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
