import { EventDto } from '@sopr/api-client';
import { Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalityName, OrganizationName, RegionName } from '../../places/components/PlaceName';
import { RegionSelect } from '../../places/components/PlaceSelects';
import { useEventMutations } from '../hooks/useEvents';
import {
  defaultLevel,
  EVENT_FORM_FIELDS,
  EVENT_KIND_OPTIONS,
  EVENT_LEVEL_OPTIONS,
  eventFormOf,
  EventFormValues,
  toCreateEventBody,
  toUpdateEventBody,
} from '../lib/events';

interface Props {
  open: boolean;
  /** The event to change; null to create one. */
  event: EventDto | null;
  onClose: () => void;
}

const dateProps = { format: DATE_FORMAT, style: { width: '100%' }, placeholder: 'ДД.ММ.ГГГГ' };

/** Create or change an event; a new one belongs to the caller's own place. */
export function EventFormDrawer({ open, event, onClose }: Props) {
  const user = useCurrentUser();
  const [form] = Form.useForm<EventFormValues>();
  const errors = useApiFormErrors(form, EVENT_FORM_FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const navigate = useNavigate();
  const { create, update } = useEventMutations();
  const editing = event !== null;
  const picksRegion = !editing && !user.organizationId && !user.municipalityId && !user.regionId;

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(event ? eventFormOf(event) : { ...eventFormOf(null), level: defaultLevel(user) });
  }, [open, event, form, user, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (event) {
        await update.mutateAsync({ id: event.id, data: toUpdateEventBody(values) });
        notify.success('Мероприятие сохранено');
        onClose();
      } else {
        const created = await create.mutateAsync({ data: toCreateEventBody(values, user) });
        notify.success('Мероприятие создано');
        onClose();
        navigate(`/events/${created.id}`);
      }
    });

  const owner = user.organizationId ? (
    <OrganizationName id={user.organizationId} />
  ) : user.municipalityId ? (
    <MunicipalityName id={user.municipalityId} />
  ) : (
    <RegionName id={user.regionId} />
  );

  return (
    <FormDrawer
      open={open}
      title={editing ? 'Изменение мероприятия' : 'Новое мероприятие'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="event-form"
    >
      <Form<EventFormValues> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {picksRegion ? (
          <Form.Item label="Регион" name="ownerId" rules={[{ required: true, message: 'Выберите регион' }]}>
            <RegionSelect data-testid="event-region" />
          </Form.Item>
        ) : (
          !editing && (
            <Typography.Paragraph type="secondary" data-testid="event-owner">
              Мероприятие будет видно: {owner} и подведомственным.
            </Typography.Paragraph>
          )
        )}
        <Form.Item label="Название" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите название' }]}>
          <Input maxLength={300} data-testid="event-name" />
        </Form.Item>
        <Form.Item label="Цикл мероприятий" name="series" extra="Например, «ПрофСреда» — общее название серии встреч.">
          <Input data-testid="event-series" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Вид" name="kind" rules={[{ required: true, message: 'Выберите вид' }]}>
              <Select options={EVENT_KIND_OPTIONS} data-testid="event-kind" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Уровень" name="level" rules={[{ required: true, message: 'Выберите уровень' }]}>
              <Select options={EVENT_LEVEL_OPTIONS} data-testid="event-level" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Начало" name="startsOn" rules={[{ required: true, message: 'Укажите дату начала' }]}>
              <DatePicker {...dateProps} data-testid="event-startsOn" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Окончание" name="endsOn" extra="Пусто — один день.">
              <DatePicker {...dateProps} data-testid="event-endsOn" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
