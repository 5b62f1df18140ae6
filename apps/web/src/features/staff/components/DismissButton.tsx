import { UserDeleteOutlined } from '@ant-design/icons';
import { StaffMemberDto } from '@sopr/api-client';
import { Button, ButtonProps, DatePicker, Modal, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNotify } from '../../../shared/hooks/useNotify';
import { errorMessage, splitFieldErrors } from '../../../shared/lib/api-errors';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useStaffMutations } from '../hooks/useStaff';
import { toApiDate } from '../lib/staff-form';

/** «Уволить»: asks for the date of dismissal, then sets dismissedOn. */
export function DismissButton({ member }: { member: StaffMemberDto }) {
  const { update } = useStaffMutations();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    const dismissedOn = toApiDate(date);
    if (!dismissedOn) {
      setError('Укажите дату увольнения');
      return;
    }
    try {
      await update.mutateAsync({ id: member.id, data: { dismissedOn } });
      notify.success('Увольнение сохранено');
      setOpen(false);
    } catch (failure) {
      const split = splitFieldErrors(failure, ['dismissedOn']);
      setError(split.fields[0]?.errors.join('; ') ?? split.message ?? errorMessage(failure));
    }
  };

  return (
    <>
      <Button danger icon={<UserDeleteOutlined />} onClick={() => { setError(null); setDate(dayjs()); setOpen(true); }} data-testid="staff-dismiss">
        Уволить
      </Button>
      <Modal
        open={open}
        title={`Уволить: ${member.fullName}?`}
        okText="Уволить"
        okButtonProps={{ danger: true, loading: update.isPending, 'data-testid': 'dismiss-confirm' } as ButtonProps}
        cancelText="Отмена"
        onOk={confirm}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>Карточка останется в реестре; с этой даты педагог не считается работающим.</Typography.Paragraph>
        <DatePicker value={date} onChange={setDate} format={DATE_FORMAT} placeholder="Дата увольнения" status={error ? 'error' : undefined} data-testid="dismiss-date" />
        {error && (
          <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }} data-testid="dismiss-error">
            {error}
          </Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}
