import { Col, DatePicker, Form, Radio, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalitySelect, RegionSelect } from '../../places/components/PlaceSelects';
import { useRunActions } from '../hooks/useMonitoring';
import {
  choosesMunicipality, choosesRegion, defaultPeriodStart, defaultStartRunForm, runsRegion, START_RUN_FIELDS, START_SCOPE_OPTIONS, StartRunFormValues, toStartRunBody,
} from '../lib/runs';

const dateProps = { format: DATE_FORMAT, style: { width: '100%' }, placeholder: 'ДД.ММ.ГГГГ', allowClear: false };

/**
 * «Запустить мониторинг»: for users above a municipality, a municipality or the whole region (the
 * user's own; the system administrator chooses one), and a municipality's user his own; the date the indicators are
 * counted on (today by default) and the start of the period (1 January of that year). The run is
 * computed in the background; the user lands on its page, which follows it.
 */
export function StartRunDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const user = useCurrentUser();
  const [form] = Form.useForm<StartRunFormValues>();
  const errors = useApiFormErrors(form, START_RUN_FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const navigate = useNavigate();
  const { start } = useRunActions();
  const chooses = choosesMunicipality(user);
  const regionAllowed = runsRegion(user);
  const scope = Form.useWatch('scope', form);
  const wholeRegion = regionAllowed && scope === 'REGION';

  // Keyed on the places, not the user object: a token refresh must not reset a form being filled in.
  const ownMunicipalityId = user.municipalityId;
  const ownRegionId = user.regionId;
  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(defaultStartRunForm({ municipalityId: ownMunicipalityId, regionId: ownRegionId }));
  }, [open, form, clearErrors, ownMunicipalityId, ownRegionId]);

  const submit = () =>
    errors.submit(async (values) => {
      const run = await start.mutateAsync({ data: toStartRunBody(values, user) });
      notify.success('Мониторинг запущен');
      onClose();
      navigate(`/monitoring/${run.id}`);
    });

  return (
    <FormDrawer
      open={open}
      title="Запуск мониторинга"
      onClose={onClose}
      onSubmit={submit}
      submitting={start.isPending}
      error={errors.message}
      submitText="Запустить"
      testId="start-run-form"
    >
      <Form<StartRunFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        onValuesChange={(changed: Partial<StartRunFormValues>) => {
          // The period follows the date to its year, until the user sets it himself.
          if (changed.asOf && !form.isFieldTouched('from')) form.setFieldValue('from', defaultPeriodStart(changed.asOf));
        }}
      >
        {regionAllowed && (
          <Form.Item label="Что посчитать" name="scope">
            <Radio.Group optionType="button" buttonStyle="solid" options={START_SCOPE_OPTIONS} data-testid="start-run-scope" />
          </Form.Item>
        )}
        {wholeRegion ? (
          <>
            {choosesRegion(user) && (
              <Form.Item label="Регион" name="regionId" rules={[{ required: true, message: 'Выберите регион' }]}>
                <RegionSelect data-testid="start-run-region" />
              </Form.Item>
            )}
            <Typography.Paragraph type="secondary" data-testid="start-run-place">
              Показатели будут посчитаны для каждого муниципалитета {user.regionName && !choosesRegion(user) ? `региона «${user.regionName}»` : 'региона'} и
              его организаций, а затем сведены по региону. Ход расчёта виден на странице мониторинга.
            </Typography.Paragraph>
          </>
        ) : chooses ? (
          <Form.Item label="Муниципалитет" name="municipalityId" rules={[{ required: true, message: 'Выберите муниципалитет' }]}>
            <MunicipalitySelect regionId={user.regionId ?? undefined} data-testid="start-run-municipality" />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary" data-testid="start-run-place">
            Показатели будут посчитаны для муниципалитета {user.municipalityName ? `«${user.municipalityName}»` : 'вашего управления'} и каждой его организации.
          </Typography.Paragraph>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              label="Начало периода"
              name="from"
              dependencies={['asOf']}
              rules={[
                { required: true, message: 'Укажите начало периода' },
                ({ getFieldValue }) => ({
                  validator: (_, value?: dayjs.Dayjs) => {
                    const asOf = getFieldValue('asOf') as dayjs.Dayjs | undefined;
                    return value && asOf && value.isAfter(asOf, 'day') ? Promise.reject(new Error('Начало периода позже даты мониторинга')) : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker {...dateProps} data-testid="start-run-from" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Дата мониторинга" name="asOf" rules={[{ required: true, message: 'Укажите дату мониторинга' }]}>
              <DatePicker {...dateProps} disabledDate={(date) => date.isAfter(dayjs(), 'day')} data-testid="start-run-asOf" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          Кадровый состав берётся на дату мониторинга, события (обучение, диагностика, мероприятия) — за период. Цели — на год даты мониторинга.
          Прежние мониторинги сохраняются: с предыдущим сравнивается изменение показателей.
        </Typography.Paragraph>
      </Form>
    </FormDrawer>
  );
}
