import { ProcedureDto, ResultDto } from '@sopr/api-client';
import { DatePicker, Form, InputNumber, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useNotify } from '../../../shared/hooks/useNotify';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { StaffPicker } from '../../events/components/StaffPicker';
import { useResultMutations } from '../hooks/useDiagnostics';
import { resultFieldErrors, resultFormOf, ResultFormValues, toPutResultBody } from '../lib/results';
import { formatScore, scaleText } from '../lib/titles';

interface Props {
  procedure: ProcedureDto;
  /** The result to change; null to enter a new one. */
  result: ResultDto | null;
  open: boolean;
  onClose: () => void;
}

/** Enters (or replaces) a staff member's result: the date and a score per competence of the procedure. */
export function ResultFormDrawer({ procedure, result, open, onClose }: Props) {
  const [form] = Form.useForm<ResultFormValues>();
  const [message, setMessage] = useState<string | null>(null);
  const notify = useNotify();
  const { put } = useResultMutations();
  const editing = result !== null;

  useEffect(() => {
    if (!open) return;
    setMessage(null);
    form.resetFields();
    form.setFieldsValue(resultFormOf(result));
  }, [open, result, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const staffMemberId = result?.staffMemberId ?? values.staffMemberId;
    if (!staffMemberId) return;
    const { body, order } = toPutResultBody(values, procedure.competences);
    if (body.scores.length === 0) {
      setMessage('Укажите балл хотя бы по одной компетенции');
      return;
    }
    setMessage(null);
    try {
      await put.mutateAsync({ id: procedure.id, staffMemberId, data: body });
      notify.success('Результат сохранён');
      onClose();
    } catch (error) {
      const placed = resultFieldErrors(error, order);
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setMessage(placed.message);
    }
  };

  const scale = scaleText(procedure);

  return (
    <FormDrawer
      open={open}
      title={editing ? 'Изменение результата' : 'Внести результат'}
      onClose={onClose}
      onSubmit={submit}
      submitting={put.isPending}
      error={message}
      testId="result-form"
    >
      <Form<ResultFormValues> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {editing ? (
          <Typography.Paragraph data-testid="result-staff-name">
            Педагог: <Typography.Text strong>{result.staffName}</Typography.Text> ({result.organizationName})
          </Typography.Paragraph>
        ) : (
          <Form.Item
            label="Педагог"
            name="staffMemberId"
            rules={[{ required: true, message: 'Выберите педагога' }]}
            extra="Если у педагога уже есть результат этой процедуры, он будет заменён."
          >
            <StaffPicker data-testid="result-staff" />
          </Form.Item>
        )}
        <Form.Item label="Дата прохождения" name="takenOn" rules={[{ required: true, message: 'Укажите дату' }]}>
          <DatePicker
            format={DATE_FORMAT}
            placeholder="ДД.ММ.ГГГГ"
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
            data-testid="result-takenOn"
          />
        </Form.Item>
        <Typography.Title level={5}>Баллы</Typography.Title>
        <Typography.Paragraph type="secondary">
          Шкала {scale}. Балл ниже порога ({formatScore(procedure.threshold)}) — дефицит по компетенции. Пустое поле — компетенция не оценивалась.
        </Typography.Paragraph>
        {procedure.competences.map((competence) => (
          <Form.Item key={competence.id} label={competence.name} name={['scores', competence.id]} extra={`${formatScore(procedure.scaleMin)}–${formatScore(procedure.scaleMax)}`}>
            <InputNumber
              min={procedure.scaleMin}
              max={procedure.scaleMax}
              decimalSeparator=","
              style={{ width: 160 }}
              data-testid={`result-score-${competence.code}`}
            />
          </Form.Item>
        ))}
      </Form>
    </FormDrawer>
  );
}
