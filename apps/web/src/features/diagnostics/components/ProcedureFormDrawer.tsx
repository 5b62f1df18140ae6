import { ProcedureDto } from '@sopr/api-client';
import { ProcedureKind } from '@sopr/shared';
import { Alert, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalityName, OrganizationName, RegionName } from '../../places/components/PlaceName';
import { RegionSelect } from '../../places/components/PlaceSelects';
import { useSubjects } from '../../staff/hooks/useStaff';
import { useFramework, useFrameworkInForce, useProcedureMutations } from '../hooks/useDiagnostics';
import { PROCEDURE_FORM_FIELDS, procedureFormOf, ProcedureFormValues, toCreateProcedureBody, toUpdateProcedureBody } from '../lib/procedures';
import { CREATABLE_KIND_OPTIONS } from '../lib/titles';
import { CompetencePicker } from './CompetencePicker';

interface Props {
  open: boolean;
  /** The procedure to change; null to create one. */
  procedure: ProcedureDto | null;
  onClose: () => void;
}

const dateProps = { format: DATE_FORMAT, style: { width: '100%' }, placeholder: 'ДД.ММ.ГГГГ' };
const numberProps = { style: { width: '100%' }, decimalSeparator: ',', step: 1 };

/** Create or change a procedure; a new one belongs to the caller's place and uses the framework in force. */
export function ProcedureFormDrawer({ open, procedure, onClose }: Props) {
  const user = useCurrentUser();
  const [form] = Form.useForm<ProcedureFormValues>();
  const errors = useApiFormErrors(form, PROCEDURE_FORM_FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const navigate = useNavigate();
  const { create, update } = useProcedureMutations();
  const editing = procedure !== null;
  // The server refuses to change the scale, threshold or competences once there are results.
  const locked = editing && procedure.resultCount > 0;
  const picksRegion = !editing && !user.organizationId && !user.municipalityId && !user.regionId;
  const chosenRegion = Form.useWatch('ownerId', form);
  const subjects = useSubjects();
  // A new procedure uses the framework in force in its region; an existing one keeps its own.
  const inForce = useFrameworkInForce(picksRegion ? chosenRegion : undefined);
  const own = useFramework(procedure?.frameworkId);
  const framework = procedure ? own : inForce;

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(procedureFormOf(procedure));
  }, [open, procedure, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (procedure) {
        await update.mutateAsync({ id: procedure.id, data: toUpdateProcedureBody(values, procedure) });
        notify.success('Процедура сохранена');
        onClose();
      } else {
        const created = await create.mutateAsync({ data: toCreateProcedureBody(values, user) });
        notify.success('Процедура создана');
        onClose();
        navigate(`/diagnostics/procedures/${created.id}`);
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
      title={editing ? 'Изменение процедуры' : 'Новая процедура диагностики'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="procedure-form"
    >
      <Form<ProcedureFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark="optional"
        onValuesChange={(changed: Partial<ProcedureFormValues>) => {
          if (changed.kind === ProcedureKind.CNPPM_ENTRY) form.setFieldValue('isCnppm', true);
        }}
      >
        {picksRegion ? (
          <Form.Item label="Регион" name="ownerId" rules={[{ required: true, message: 'Выберите регион' }]}>
            <RegionSelect data-testid="procedure-region" />
          </Form.Item>
        ) : (
          !editing && (
            <Typography.Paragraph type="secondary" data-testid="procedure-owner">
              Процедура будет видна: {owner} и подведомственным.
            </Typography.Paragraph>
          )
        )}
        <Form.Item label="Название" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите название' }]}>
          <Input maxLength={300} data-testid="procedure-name" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item label="Вид" name="kind" rules={[{ required: true, message: 'Выберите вид' }]}>
              <Select options={CREATABLE_KIND_OPTIONS} disabled={editing} data-testid="procedure-kind" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="Предмет" name="subjectId">
              <Select
                allowClear
                placeholder="Без предмета"
                loading={subjects.isLoading}
                options={(subjects.data ?? []).map((subject) => ({ value: subject.id, label: subject.name }))}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="procedure-subject"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="isCnppm" valuePropName="checked">
          <Checkbox data-testid="procedure-isCnppm">Проводит ЦНППМ</Checkbox>
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Начало" name="startsOn" rules={[{ required: true, message: 'Укажите дату начала' }]}>
              <DatePicker {...dateProps} data-testid="procedure-startsOn" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Окончание" name="endsOn" extra="Пусто — без даты окончания.">
              <DatePicker {...dateProps} data-testid="procedure-endsOn" />
            </Form.Item>
          </Col>
        </Row>
        {locked && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="Есть результаты: шкалу, порог и компетенции изменить нельзя. Для другой шкалы создайте новую процедуру."
          />
        )}
        <Form.Item
          label="Компетенции"
          name="competenceCodes"
          rules={[{ required: true, type: 'array', min: 1, message: 'Выберите хотя бы одну компетенцию' }]}
          extra={framework.data ? `Рамка компетенций: ${framework.data.name}, версия ${framework.data.version}` : undefined}
          validateStatus={framework.error ? 'error' : undefined}
          help={framework.error ? 'Не удалось загрузить рамку компетенций' : undefined}
        >
          <CompetencePicker
            competences={framework.data?.competences ?? []}
            loading={framework.isLoading}
            disabled={locked}
            data-testid="procedure-competences"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Шкала от" name="scaleMin" rules={[{ required: true, message: 'Укажите' }]}>
              <InputNumber {...numberProps} disabled={locked} data-testid="procedure-scaleMin" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="до" name="scaleMax" rules={[{ required: true, message: 'Укажите' }]}>
              <InputNumber {...numberProps} disabled={locked} data-testid="procedure-scaleMax" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Порог" name="threshold" rules={[{ required: true, message: 'Укажите порог' }]} tooltip="Балл ниже порога — профессиональный дефицит">
              <InputNumber {...numberProps} disabled={locked} data-testid="procedure-threshold" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
