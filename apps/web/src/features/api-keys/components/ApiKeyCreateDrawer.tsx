import { CreateApiKeyDto, CreatedApiKeyDto } from '@sopr/api-client';
import { Form, Input, Radio } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalitySelect, RegionSelect } from '../../places/components/PlaceSelects';
import { useApiKeyMutations } from '../hooks/useApiKeys';

type KeyScope = 'region' | 'municipality';

interface ApiKeyForm {
  name: string;
  scope: KeyScope;
  regionId?: string;
  municipalityId?: string;
}

const FIELDS = ['name', 'regionId', 'municipalityId'];

/** A key for a whole region or one municipality, within the creator's own scope. */
export function ApiKeyCreateDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (key: CreatedApiKeyDto) => void }) {
  const user = useCurrentUser();
  const [form] = Form.useForm<ApiKeyForm>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const { create } = useApiKeyMutations();
  const municipalOnly = user.municipalityId !== null;
  const scope = Form.useWatch('scope', form);
  const regionId = Form.useWatch('regionId', form);

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue({
      scope: municipalOnly ? 'municipality' : 'region',
      regionId: user.regionId ?? undefined,
      municipalityId: user.municipalityId ?? undefined,
    });
  }, [open, form, municipalOnly, user.regionId, user.municipalityId, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      const data: CreateApiKeyDto =
        values.scope === 'municipality'
          ? { name: values.name.trim(), municipalityId: values.municipalityId }
          : { name: values.name.trim(), regionId: values.regionId };
      const created = await create.mutateAsync({ data });
      onCreated(created);
    });

  return (
    <FormDrawer
      open={open}
      title="Новый ключ API"
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending}
      error={errors.message}
      submitText="Создать ключ"
      testId="api-key-form"
    >
      <Form<ApiKeyForm> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          label="Название"
          name="name"
          extra="Для какой системы ключ, например «Региональный портал «Педагог43»»."
          rules={[
            { required: true, whitespace: true, message: 'Укажите название' },
            { max: 120, message: 'Не длиннее 120 символов' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Область доступа ключа" name="scope">
          <Radio.Group
            disabled={municipalOnly}
            options={[
              { value: 'region', label: 'Весь регион' },
              { value: 'municipality', label: 'Один муниципалитет' },
            ]}
          />
        </Form.Item>
        {scope === 'region' && (
          <Form.Item label="Регион" name="regionId" rules={[{ required: true, message: 'Выберите регион' }]}>
            <RegionSelect disabled={user.regionId !== null} />
          </Form.Item>
        )}
        {scope === 'municipality' && (
          <Form.Item label="Муниципалитет" name="municipalityId" rules={[{ required: true, message: 'Выберите муниципалитет' }]}>
            <MunicipalitySelect disabled={municipalOnly} regionId={regionId ?? user.regionId ?? undefined} />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
