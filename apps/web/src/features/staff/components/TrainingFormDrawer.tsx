import { TrainingRecordDto } from '@sopr/api-client';
import { Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useTrainingMutations } from '../hooks/useStaff';
import { toTrainingBody, TRAINING_FORM_FIELDS, trainingFormOf, TrainingFormValues } from '../lib/staff-form';
import { TRAINING_KIND_OPTIONS } from '../lib/titles';

interface Props {
  open: boolean;
  staffMemberId: string;
  /** The record to edit; null to add one. */
  training: TrainingRecordDto | null;
  onClose: () => void;
}

const dateProps = { format: DATE_FORMAT, style: { width: '100%' }, placeholder: 'ДД.ММ.ГГГГ' };

export function TrainingFormDrawer({ open, staffMemberId, training, onClose }: Props) {
  const [form] = Form.useForm<TrainingFormValues>();
  const errors = useApiFormErrors(form, TRAINING_FORM_FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { create, update } = useTrainingMutations(staffMemberId);

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(trainingFormOf(training));
  }, [open, training, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (training) {
        await update.mutateAsync({ trainingId: training.id, data: toTrainingBody(values) });
        notify.success('Запись об обучении сохранена');
      } else {
        await create.mutateAsync(toTrainingBody(values));
        notify.success('Обучение добавлено');
      }
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title={training ? 'Изменение записи об обучении' : 'Новая запись об обучении'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="training-form"
    >
      <Form<TrainingFormValues> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item label="Вид обучения" name="kind" rules={[{ required: true, message: 'Выберите вид' }]}>
          <Select options={TRAINING_KIND_OPTIONS} />
        </Form.Item>
        <Form.Item label="Программа" name="programName" rules={[{ required: true, whitespace: true, message: 'Укажите программу' }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={300} data-testid="training-program" />
        </Form.Item>
        <Form.Item label="Организация, проводившая обучение" name="provider" rules={[{ required: true, whitespace: true, message: 'Укажите организацию' }]}>
          <Input maxLength={300} data-testid="training-provider" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label="Часов" name="hours" rules={[{ required: true, message: 'Укажите часы' }]}>
              <InputNumber min={1} max={2000} style={{ width: '100%' }} data-testid="training-hours" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Начало" name="startedOn" rules={[{ required: true, message: 'Укажите дату' }]}>
              <DatePicker {...dateProps} data-testid="training-startedOn" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Окончание" name="completedOn" extra="Пусто — идёт">
              <DatePicker {...dateProps} />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={16} wrap style={{ marginBottom: 16 }}>
          <Form.Item name="isCnppm" valuePropName="checked" noStyle>
            <Checkbox>Проведено ЦНППМ</Checkbox>
          </Form.Item>
          <Form.Item name="isFederalRegistry" valuePropName="checked" noStyle>
            <Checkbox>Федеральный реестр ДПП</Checkbox>
          </Form.Item>
          <Form.Item name="isIct" valuePropName="checked" noStyle>
            <Checkbox>Программа в области ИКТ</Checkbox>
          </Form.Item>
        </Flex>
        <Form.Item label="Номер удостоверения (диплома)" name="certificateNumber">
          <Input />
        </Form.Item>
        <Form.Item label="Идентификатор во внешней системе" name="externalId">
          <Input />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
