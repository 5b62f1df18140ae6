import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { StaffMemberDto } from '@sopr/api-client';
import { Button, Checkbox, Col, DatePicker, Divider, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { DATE_FORMAT } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { OrganizationSelect } from '../../places/components/PlaceSelects';
import { useStaffMutations, useSubjects } from '../hooks/useStaff';
import { emptyStaffForm, STAFF_FORM_FIELDS, staffFormOf, StaffFormValues, toCreateStaffBody, toUpdateStaffBody } from '../lib/staff-form';
import { CATEGORY_OPTIONS, EDUCATION_OPTIONS, EMPLOYMENT_OPTIONS, GENDER_OPTIONS, POSITION_OPTIONS } from '../lib/titles';

interface Props {
  open: boolean;
  /** The card to edit; null to add a staff member. */
  member: StaffMemberDto | null;
  onClose: () => void;
}

const required = (message: string) => [{ required: true, message }];
const dateProps = { format: DATE_FORMAT, style: { width: '100%' }, placeholder: 'ДД.ММ.ГГГГ' };

/** The full staff card form (create and edit); the server's field errors show under the fields, lists included. */
export function StaffFormDrawer({ open, member, onClose }: Props) {
  const user = useCurrentUser();
  const [form] = Form.useForm<StaffFormValues>();
  const errors = useApiFormErrors(form, STAFF_FORM_FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const navigate = useNavigate();
  const subjects = useSubjects();
  const { create, update } = useStaffMutations();
  const category = Form.useWatch('category', form);
  const editing = member !== null;

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(member ? staffFormOf(member) : emptyStaffForm(user.organizationId ?? undefined));
  }, [open, member, form, user.organizationId, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (member) {
        await update.mutateAsync({ id: member.id, data: toUpdateStaffBody(values) });
        notify.success('Карточка сохранена');
        onClose();
      } else {
        const created = await create.mutateAsync({ data: toCreateStaffBody(values) });
        notify.success('Педагог добавлен');
        onClose();
        navigate(`/staff/${created.id}`);
      }
    });

  const subjectOptions = (subjects.data ?? []).map((subject) => ({ value: subject.id, label: subject.name }));

  return (
    <FormDrawer
      open={open}
      title={editing ? 'Изменение карточки педагога' : 'Новый педагог'}
      onClose={onClose}
      onSubmit={submit}
      submitting={create.isPending || update.isPending}
      error={errors.message}
      testId="staff-form"
    >
      <Form<StaffFormValues> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {!editing && (
          <Form.Item label="Организация" name="organizationId" rules={required('Выберите организацию')}>
            <OrganizationSelect disabled={user.organizationId !== null} data-testid="staff-organization" />
          </Form.Item>
        )}
        <Form.Item
          label={editing ? 'Новый СНИЛС' : 'СНИЛС'}
          name="snils"
          rules={editing ? [] : required('Укажите СНИЛС')}
          extra={editing ? `Сейчас: ${member.snilsMasked}. Оставьте пустым, чтобы не менять.` : 'Например, 112-233-445 95'}
        >
          <Input inputMode="numeric" maxLength={14} placeholder="000-000-000 00" data-testid="staff-snils" />
        </Form.Item>
        <Form.Item label="Фамилия" name="lastName" rules={[{ required: true, whitespace: true, message: 'Укажите фамилию' }]}>
          <Input data-testid="staff-lastName" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Имя" name="firstName" rules={[{ required: true, whitespace: true, message: 'Укажите имя' }]}>
              <Input data-testid="staff-firstName" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Отчество" name="middleName">
              <Input data-testid="staff-middleName" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Пол" name="gender" rules={required('Укажите пол')}>
              <Radio.Group options={GENDER_OPTIONS} data-testid="staff-gender" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Дата рождения" name="birthDate" rules={required('Укажите дату рождения')}>
              <DatePicker {...dateProps} data-testid="staff-birthDate" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Эл. почта" name="email">
              <Input type="email" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Телефон" name="phone">
              <Input placeholder="+7 900 000-00-00" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">Образование и стаж</Divider>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Образование" name="educationLevel" rules={required('Укажите уровень образования')}>
              <Select options={EDUCATION_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Начало педагогического стажа" name="teachingSince" rules={required('Укажите дату')}>
              <DatePicker {...dateProps} data-testid="staff-teachingSince" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Специальность по диплому" name="educationSpecialty">
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Квалификационная категория" name="category">
              <Select options={CATEGORY_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {category && category !== 'NONE' && (
              <Form.Item label="Дата присвоения категории" name="categoryAssignedOn">
                <DatePicker {...dateProps} />
              </Form.Item>
            )}
          </Col>
        </Row>

        <Divider titlePlacement="start">Работа в организации</Divider>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item label="Дата приёма" name="hiredOn" rules={required('Укажите дату приёма')}>
              <DatePicker {...dateProps} data-testid="staff-hiredOn" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Занятость" name="employment">
              <Select options={EMPLOYMENT_OPTIONS} />
            </Form.Item>
          </Col>
        </Row>
        {editing && (
          <Form.Item label="Дата увольнения" name="dismissedOn" extra="Пусто — работает.">
            <DatePicker {...dateProps} />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item name="isTutor" valuePropName="checked" noStyle>
            <Checkbox>Тьютор</Checkbox>
          </Form.Item>
          <Form.Item name="isSupervisor" valuePropName="checked" noStyle>
            <Checkbox>Супервизор</Checkbox>
          </Form.Item>
          <Form.Item name="isExpert" valuePropName="checked" noStyle>
            <Checkbox>Эксперт</Checkbox>
          </Form.Item>
        </Flex>

        <Divider titlePlacement="start">Должности</Divider>
        <Form.List name="positions">
          {(fields, { add, remove }, { errors: listErrors }) => (
            <div data-testid="staff-positions">
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'position']} style={{ flex: 1 }} rules={required('Выберите должность')}>
                    <Select options={POSITION_OPTIONS} placeholder="Должность" aria-label={`Должность ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weeklyHours']} style={{ width: 140 }}>
                    <InputNumber min={0} max={60} placeholder="Часов в неделю" style={{ width: '100%' }} aria-label="Часов в неделю" />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="Убрать должность" title="Убрать должность" />
                </Flex>
              ))}
              <Form.ErrorList errors={listErrors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weeklyHours: null })} block style={{ marginBottom: 16 }}>
                Добавить должность
              </Button>
            </div>
          )}
        </Form.List>

        <Divider titlePlacement="start">Предметы</Divider>
        <Form.List name="subjects">
          {(fields, { add, remove }, { errors: listErrors }) => (
            <div data-testid="staff-subjects">
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'subjectId']} style={{ flex: 1 }}>
                    <Select
                      options={subjectOptions}
                      loading={subjects.isLoading}
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder="Предмет"
                      aria-label={`Предмет ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'profileMatch']} valuePropName="checked" style={{ width: 130, paddingTop: 4 }}>
                    <Checkbox>по профилю</Checkbox>
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="Убрать предмет" title="Убрать предмет" />
                </Flex>
              ))}
              <Form.ErrorList errors={listErrors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ profileMatch: true })} block style={{ marginBottom: 16 }}>
                Добавить предмет
              </Button>
            </div>
          )}
        </Form.List>

        <Form.Item label="Идентификатор во внешней системе" name="externalId">
          <Input />
        </Form.Item>
        <Typography.Text type="secondary">СНИЛС, даты и предметы проверяет сервер; ошибки появятся под полями.</Typography.Text>
      </Form>
    </FormDrawer>
  );
}
