import { OrganizationDto, OrganizationKind as ApiOrganizationKind } from '@sopr/api-client';
import { Form, Input, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalitySelect } from '../../places/components/PlaceSelects';
import { useOrganizationMutations } from '../hooks/useOrganizations';
import { KIND_OPTIONS } from './OrganizationFilters';

interface OrganizationForm {
  municipalityId?: string;
  name: string;
  shortName?: string;
  kind?: ApiOrganizationKind;
  inn?: string;
  address?: string;
  externalId?: string;
  active?: boolean;
}

const FIELDS = ['municipalityId', 'name', 'shortName', 'kind', 'inn', 'address', 'externalId', 'active'];

/** '' → null, so clearing a field clears it on the server. */
const orNull = (value: string | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

interface Props {
  open: boolean;
  /** The organization to edit; none to create one. */
  organization: OrganizationDto | null;
  onClose: () => void;
}

export function OrganizationFormDrawer({ open, organization, onClose }: Props) {
  const user = useCurrentUser();
  const [form] = Form.useForm<OrganizationForm>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { create, update } = useOrganizationMutations();
  const editing = organization !== null;

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(
      organization
        ? {
            municipalityId: organization.municipalityId,
            name: organization.name,
            shortName: organization.shortName ?? undefined,
            kind: organization.kind,
            inn: organization.inn ?? undefined,
            address: organization.address ?? undefined,
            externalId: organization.externalId ?? undefined,
            active: organization.active,
          }
        : { municipalityId: user.municipalityId ?? undefined, kind: 'SCHOOL' },
    );
  }, [open, organization, form, user.municipalityId, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      const common = {
        name: values.name.trim(),
        shortName: orNull(values.shortName),
        kind: values.kind,
        inn: orNull(values.inn),
        address: orNull(values.address),
        externalId: orNull(values.externalId),
      };
      if (organization) {
        await update.mutateAsync({ id: organization.id, data: { ...common, active: values.active } });
        notify.success('Организация сохранена');
      } else {
        await create.mutateAsync({ data: { ...common, kind: values.kind ?? 'SCHOOL', municipalityId: values.municipalityId ?? '' } });
        notify.success('Организация создана');
      }
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title={editing ? 'Изменение организации' : 'Новая организация'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="organization-form"
    >
      <Form<OrganizationForm> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="Муниципалитет" name="municipalityId" rules={[{ required: true, message: 'Выберите муниципалитет' }]}>
          <MunicipalitySelect disabled={editing || user.municipalityId !== null} />
        </Form.Item>
        <Form.Item
          label="Полное название"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите название' },
            { max: 300, message: 'Не длиннее 300 символов' },
          ]}
        >
          <Input placeholder="МКОУ СОШ № 1 г. Кирс" />
        </Form.Item>
        <Form.Item label="Краткое название" name="shortName" rules={[{ max: 120, message: 'Не длиннее 120 символов' }]}>
          <Input placeholder="СОШ № 1" />
        </Form.Item>
        <Form.Item label="Тип" name="kind" rules={[{ required: true, message: 'Выберите тип' }]}>
          <Select options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item label="ИНН" name="inn" rules={[{ pattern: /^\d{10}$/, message: 'ИНН организации — 10 цифр' }]}>
          <Input inputMode="numeric" maxLength={10} placeholder="4305003860" />
        </Form.Item>
        <Form.Item label="Адрес" name="address" rules={[{ max: 300, message: 'Не длиннее 300 символов' }]}>
          <Input placeholder="г. Кирс, ул. Ленина, 1" />
        </Form.Item>
        <Form.Item label="Идентификатор во внешней системе" name="externalId">
          <Input />
        </Form.Item>
        {editing && (
          <Form.Item label="Действует" name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
