import { RegionDto } from '@sopr/api-client';
import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useRegionMutations } from '../hooks/useRegions';

interface RegionForm {
  code: string;
  name: string;
}

const FIELDS = ['code', 'name'];

export function RegionFormDrawer({ open, region, onClose }: { open: boolean; region: RegionDto | null; onClose: () => void }) {
  const [form] = Form.useForm<RegionForm>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { create, update } = useRegionMutations();

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    if (region) form.setFieldsValue({ code: region.code, name: region.name });
  }, [open, region, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      const data = { code: values.code.trim(), name: values.name.trim() };
      if (region) await update.mutateAsync({ id: region.id, data });
      else await create.mutateAsync({ data });
      notify.success(region ? 'Регион сохранён' : 'Регион создан');
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title={region ? 'Изменение региона' : 'Новый регион'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="region-form"
    >
      <Form<RegionForm> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="Код субъекта РФ" name="code" rules={[{ required: true, whitespace: true, message: 'Укажите код' }, { pattern: /^\d{2,3}$/, message: 'Код субъекта — 2–3 цифры' }]}>
          <Input inputMode="numeric" maxLength={3} placeholder="43" />
        </Form.Item>
        <Form.Item label="Название" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите название' }, { max: 200, message: 'Не длиннее 200 символов' }]}>
          <Input placeholder="Кировская область" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
