import { MunicipalityDto } from '@sopr/api-client';
import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { RegionSelect } from '../../places/components/PlaceSelects';
import { useMunicipalityMutations } from '../hooks/useMunicipalities';

interface MunicipalityForm {
  regionId?: string;
  name: string;
  oktmo?: string;
}

const FIELDS = ['regionId', 'name', 'oktmo'];

export function MunicipalityFormDrawer({ open, municipality, onClose }: { open: boolean; municipality: MunicipalityDto | null; onClose: () => void }) {
  const user = useCurrentUser();
  const [form] = Form.useForm<MunicipalityForm>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { create, update } = useMunicipalityMutations();
  const editing = municipality !== null;

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(
      municipality
        ? { regionId: municipality.regionId, name: municipality.name, oktmo: municipality.oktmo ?? undefined }
        : { regionId: user.regionId ?? undefined },
    );
  }, [open, municipality, form, user.regionId, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      const oktmo = values.oktmo?.trim() ? values.oktmo.trim() : null;
      if (municipality) {
        await update.mutateAsync({ id: municipality.id, data: { name: values.name.trim(), oktmo } });
        notify.success('Муниципалитет сохранён');
      } else {
        await create.mutateAsync({ data: { regionId: values.regionId ?? '', name: values.name.trim(), oktmo } });
        notify.success('Муниципалитет создан');
      }
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title={editing ? 'Изменение муниципалитета' : 'Новый муниципалитет'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="municipality-form"
    >
      <Form<MunicipalityForm> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="Регион" name="regionId" rules={[{ required: true, message: 'Выберите регион' }]}>
          <RegionSelect disabled={editing || user.regionId !== null} />
        </Form.Item>
        <Form.Item
          label="Название"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите название' },
            { max: 200, message: 'Не длиннее 200 символов' },
          ]}
        >
          <Input placeholder="Верхнекамский муниципальный округ" />
        </Form.Item>
        <Form.Item label="Код ОКТМО" name="oktmo" rules={[{ pattern: /^\d{8}(\d{3})?$/, message: 'ОКТМО — 8 или 11 цифр' }]}>
          <Input inputMode="numeric" maxLength={11} placeholder="33607000" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
