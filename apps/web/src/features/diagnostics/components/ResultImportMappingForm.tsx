import { InfoCircleOutlined } from '@ant-design/icons';
import { ProcedureDto, ResultImportDto } from '@sopr/api-client';
import { Alert, Button, Col, DatePicker, Divider, Flex, Form, Row, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReactNode, useMemo, useState } from 'react';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useResultImportActions } from '../hooks/useResultImport';
import {
  COLUMN_FIELD_TITLES, MATCHING_RULE, MAPPING_FORM_FIELDS, MappingFormValues, mappingFieldErrors, mappingFormOf, PersonField, toMappingDto, unusedHeaders,
} from '../lib/result-import';
import { formatScore } from '../lib/titles';

/** The person fields as the form groups them, with what each is for. */
const PERSON_GROUPS: { field: PersonField; hint?: string }[] = [
  { field: 'externalId', hint: 'Идентификатор педагога в системе, откуда выгружен файл' },
  { field: 'snils' },
  { field: 'fullName', hint: 'Фамилия, имя и отчество в одном столбце' },
  { field: 'birthDate', hint: 'Нужна для поиска по ФИО' },
  { field: 'lastName', hint: 'Если ФИО — в отдельных столбцах' },
  { field: 'firstName' },
  { field: 'middleName' },
];

interface ResultImportMappingFormProps {
  item: ResultImportDto;
  procedure: ProcedureDto;
  /** Back to the outcome of the last check without checking again (the user came back to edit). */
  onCancel?: () => void;
  /** The check has been queued: the page follows the worker. */
  onChecked: () => void;
  /** More buttons beside «Проверить файл» (e.g. «Отменить импорт»). */
  extraActions?: ReactNode;
}

/**
 * Step «Сопоставление»: which column of the file holds the teacher, the date and each competence's
 * score. Starts from the server's suggestion (or the mapping checked last); the API's objections
 * land under the controls they are about.
 */
export function ResultImportMappingForm({ item, procedure, onCancel, onChecked, extraActions }: ResultImportMappingFormProps) {
  const [form] = Form.useForm<MappingFormValues>();
  const { check } = useResultImportActions(procedure.id);
  const [scoresError, setScoresError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const initialValues = useMemo(() => mappingFormOf(item.mapping, item.headers, procedure.competences), [item.mapping, item.headers, procedure.competences]);
  const options = useMemo(() => item.headers.filter((header) => header.trim() !== '').map((header) => ({ value: header, label: header })), [item.headers]);
  const watched = Form.useWatch([], form) as MappingFormValues | undefined;
  const unused = unusedHeaders(watched ?? initialValues, item.headers);
  const scoreCount = procedure.competences.filter((competence) => (watched ?? initialValues).scores?.[competence.code]).length;

  const submit = async () => {
    const values = form.getFieldsValue(true) as MappingFormValues;
    const { body, order } = toMappingDto(values, procedure.competences);
    setMessage(null);
    setScoresError(null);
    form.setFields([
      ...MAPPING_FORM_FIELDS.map((name) => ({ name, errors: [] })),
      ...procedure.competences.map((competence) => ({ name: ['scores', competence.code], errors: [] })),
    ] as Parameters<typeof form.setFields>[0]);
    try {
      await check.mutateAsync({ id: procedure.id, importId: item.id, data: body });
      onChecked();
    } catch (error) {
      const placed = mappingFieldErrors(error, order);
      form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
      setScoresError(placed.scores);
      setMessage(placed.message);
    }
  };

  const columnSelect = (testId: string, placeholder = 'Не выбран') => (
    <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options} placeholder={placeholder} data-testid={testId} />
  );

  return (
    <Form<MappingFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} data-testid="result-import-mapping">
      <Alert
        type="info"
        showIcon
        icon={<InfoCircleOutlined />}
        title={MATCHING_RULE}
        description="Проверьте, что предложенные столбцы подходят: они подобраны по заголовкам файла и по прошлому импорту в эту процедуру."
        style={{ marginBottom: 16 }}
        data-testid="result-import-matching-rule"
      />

      <Typography.Title level={5} style={{ marginTop: 0 }}>
        Педагог
      </Typography.Title>
      <Row gutter={16}>
        {PERSON_GROUPS.map(({ field, hint }) => (
          <Col key={field} xs={24} md={12} xl={8}>
            <Form.Item label={COLUMN_FIELD_TITLES[field]} name={field} extra={hint}>
              {columnSelect(`result-import-field-${field}`)}
            </Form.Item>
          </Col>
        ))}
      </Row>

      <Divider style={{ margin: '8px 0 16px' }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        Дата прохождения
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item label="Столбец с датой" name="takenOn">
            {columnSelect('result-import-field-takenOn')}
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item label="Дата для строк без даты" name="defaultTakenOn" extra="Если столбца с датой нет — для всех строк">
            <DatePicker
              format={DATE_FORMAT}
              placeholder="ДД.ММ.ГГГГ"
              style={{ width: '100%' }}
              disabledDate={(date) => date.isAfter(dayjs(), 'day')}
              data-testid="result-import-defaultTakenOn"
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider style={{ margin: '8px 0 16px' }} />
      <Flex align="baseline" gap={12} wrap>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          Баллы по компетенциям
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="result-import-score-count">
          Выбрано столбцов: {scoreCount} из {procedure.competences.length}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph type="secondary">
        Шкала процедуры {formatScore(procedure.scaleMin)}–{formatScore(procedure.scaleMax)}, порог {formatScore(procedure.threshold)}. Компетенция без столбца не
        импортируется; пустая ячейка — компетенция не оценивалась.
      </Typography.Paragraph>
      {scoresError && <Alert type="error" showIcon title={scoresError} style={{ marginBottom: 16 }} data-testid="result-import-scores-error" />}
      <Row gutter={16}>
        {procedure.competences.map((competence) => (
          <Col key={competence.code} xs={24} md={12} xl={8}>
            <Form.Item
              label={
                <span>
                  {competence.name} <Typography.Text type="secondary">({competence.code})</Typography.Text>
                </span>
              }
              name={['scores', competence.code]}
            >
              {columnSelect(`result-import-score-${competence.code}`, 'Не импортируется')}
            </Form.Item>
          </Col>
        ))}
      </Row>

      {unused.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="result-import-unused">
          Не используются столбцы:{' '}
          {unused.map((header) => (
            <Tag key={header} style={{ marginBottom: 4 }}>
              {header}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}

      {message && <Alert type="error" showIcon title="Сопоставление не принято" description={message} style={{ marginBottom: 16 }} data-testid="result-import-mapping-error" />}
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="result-import-check">
          Проверить файл
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={check.isPending} data-testid="result-import-cancel-mapping">
            Вернуться к итогам проверки
          </Button>
        )}
        {extraActions}
      </Flex>
    </Form>
  );
}
