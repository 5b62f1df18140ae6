import { ParticipationRole } from '@sopr/shared';
import { Form, Select } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useParticipantMutations } from '../hooks/useEvents';
import { PARTICIPATION_ROLE_OPTIONS } from '../lib/events';
import { StaffPicker } from './StaffPicker';

interface Values {
  staffMemberId?: string;
  role?: ParticipationRole;
}

const FIELDS = ['staffMemberId', 'role'] as const;

/** Marks one of the caller's staff as a participant (winner, expert…) of the event. */
export function AddParticipantDrawer({ eventId, open, onClose }: { eventId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { add } = useParticipantMutations();

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue({ role: ParticipationRole.PARTICIPANT });
  }, [open, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (!values.staffMemberId || !values.role) return;
      await add.mutateAsync({ id: eventId, data: { staffMemberId: values.staffMemberId, role: values.role } });
      notify.success('Участник добавлен');
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title="Новый участник"
      onClose={onClose}
      onSubmit={submit}
      submitting={add.isPending}
      error={errors.message}
      submitText="Добавить"
      testId="participant-form"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item label="Педагог" name="staffMemberId" rules={[{ required: true, message: 'Выберите педагога' }]}>
          <StaffPicker data-testid="participant-staff" />
        </Form.Item>
        <Form.Item label="Роль" name="role" rules={[{ required: true, message: 'Выберите роль' }]}>
          <Select options={PARTICIPATION_ROLE_OPTIONS} data-testid="participant-role" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
