import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { StaffMemberDto } from '@sopr/api-client';
import { Button, Card, Col, Descriptions, Divider, Flex, Row, Space, Tag, Typography } from 'antd';
import { ReactNode, useState } from 'react';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { EMPTY_VALUE, formatDate } from '../../../shared/lib/format';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useStaffMember } from '../hooks/useStaff';
import { todayIso } from '../lib/category';
import {
  ageGroupTitle, educationTitle, EMPLOYMENT_TITLES, experienceGroupTitle, GENDER_TITLES, pluralYears, positionTitle,
} from '../lib/titles';
import { CategoryTag } from './CategoryTag';
import { ContactsForm } from './ContactsForm';
import { DismissButton } from './DismissButton';
import { SnilsReveal } from './SnilsReveal';
import { StaffEventsBlock } from './StaffEventsBlock';
import { StaffFormDrawer } from './StaffFormDrawer';
import { TrainingsBlock } from './TrainingsBlock';

const orDash = (value: string | null | undefined) => value || EMPTY_VALUE;

/** A staff card by id: loading, 404 and error states, the profile, positions, subjects and trainings. */
export function StaffCard({ id, title }: { id: string; title?: string }) {
  const query = useStaffMember(id);
  return (
    <PageState loading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {query.data && <StaffCardContent member={query.data} title={title} />}
    </PageState>
  );
}

function StaffCardContent({ member, title }: { member: StaffMemberDto; title?: string }) {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.STAFF_WRITE]);
  const canReveal = hasAll(user.permissions, [Permission.STAFF_SNILS_READ]);
  const editsContactsOnly = !canWrite && hasAll(user.permissions, [Permission.STAFF_CONTACTS_EDIT]) && user.staffMemberId === member.id;
  const [editing, setEditing] = useState(false);
  const asOf = todayIso();

  const flags = [member.isTutor && 'Тьютор', member.isSupervisor && 'Супервизор', member.isExpert && 'Эксперт'].filter(Boolean) as string[];

  return (
    <div data-testid="staff-card">
      <PageHeader
        title={title ?? member.fullName}
        subtitle={title ? member.fullName : member.organizationName}
        extra={
          canWrite && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="staff-edit">
                Изменить
              </Button>
              {!member.dismissedOn && <DismissButton member={member} />}
            </>
          )
        }
      />
      <Space size={4} wrap style={{ marginBottom: 16 }}>
        {member.active ? <Tag color="green">Работает</Tag> : <Tag>{member.dismissedOn ? `Уволен(а) ${formatDate(member.dismissedOn)}` : 'Не работает'}</Tag>}
        {member.youngSpecialist && <Tag color="blue">Молодой специалист</Tag>}
        {member.under35 && <Tag>Моложе 35 лет</Tag>}
        {member.pensionAge && <Tag color="purple">Пенсионный возраст</Tag>}
        {member.trainedInLast3Years ? <Tag color="green">Обучался за 3 года</Tag> : <Tag color="red">Не обучался за 3 года</Tag>}
      </Space>

      {editsContactsOnly && <ContactsForm member={member} />}

      <Card title="Сведения" size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          data-testid="staff-profile"
          items={[
            { key: 'fullName', label: 'ФИО', children: <span data-testid="staff-fullName">{member.fullName}</span> },
            { key: 'organization', label: 'Организация', children: member.organizationName },
            { key: 'gender', label: 'Пол', children: GENDER_TITLES[member.gender] ?? member.gender },
            {
              key: 'birthDate',
              label: 'Дата рождения',
              children: `${formatDate(member.birthDate)} (${pluralYears(member.age)}, ${ageGroupTitle(member.ageGroup)})`,
            },
            { key: 'snils', label: 'СНИЛС', children: <SnilsReveal staffMemberId={member.id} masked={member.snilsMasked} canReveal={canReveal} /> },
            { key: 'email', label: 'Эл. почта', children: <span data-testid="staff-email">{orDash(member.email)}</span> },
            { key: 'phone', label: 'Телефон', children: <span data-testid="staff-phone">{orDash(member.phone)}</span> },
            {
              key: 'education',
              label: 'Образование',
              children: member.educationSpecialty ? `${educationTitle(member.educationLevel)}, ${member.educationSpecialty}` : educationTitle(member.educationLevel),
            },
            {
              key: 'experience',
              label: 'Педагогический стаж',
              children: `${pluralYears(member.experienceYears)} (${experienceGroupTitle(member.experienceGroup)}), с ${formatDate(member.teachingSince)}`,
            },
            {
              key: 'category',
              label: 'Категория',
              children: (
                <Flex vertical>
                  <CategoryTag {...member} asOf={asOf} />
                  {member.categoryAssignedOn && (
                    <Typography.Text type="secondary">
                      присвоена {formatDate(member.categoryAssignedOn)}
                      {member.categoryExpiresOn ? `, действует до ${formatDate(member.categoryExpiresOn)}` : ''}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { key: 'hiredOn', label: 'Приём на работу', children: `${formatDate(member.hiredOn)}, ${EMPLOYMENT_TITLES[member.employment]?.toLowerCase() ?? member.employment}` },
            { key: 'dismissedOn', label: 'Увольнение', children: member.dismissedOn ? formatDate(member.dismissedOn) : 'нет' },
            { key: 'flags', label: 'Тьютор, супервизор, эксперт', children: flags.length > 0 ? flags.join(', ') : 'нет' },
            ...(member.externalId ? [{ key: 'externalId', label: 'Внешний идентификатор', children: member.externalId }] : []),
          ]}
        />
      </Card>

      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title="Должности" size="small" style={{ marginBottom: 16 }}>
            <Rows
              testId="staff-positions"
              empty="Должности не указаны"
              rows={member.positionDetails.map((row) => ({
                key: row.position,
                label: positionTitle(row.position),
                extra: row.weeklyHours !== null ? `${row.weeklyHours} ч/нед.` : null,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="Предметы" size="small" style={{ marginBottom: 16 }}>
            <Rows
              testId="staff-subjects"
              empty="Предметы не указаны"
              rows={member.subjectDetails.map((row) => ({
                key: row.subjectId,
                label: row.subjectName,
                extra: row.profileMatch ? (
                  <Tag color="green" icon={<CheckOutlined />}>по профилю</Tag>
                ) : (
                  <Tag color="orange">не по профилю</Tag>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>

      <TrainingsBlock staffMemberId={member.id} canWrite={canWrite} />
      <StaffEventsBlock staffMemberId={member.id} />
      <Typography.Text type="secondary">Изменено {formatDate(member.updatedAt)}</Typography.Text>

      {canWrite && <StaffFormDrawer open={editing} member={member} onClose={() => setEditing(false)} />}
    </div>
  );
}

/** A short list of label + note rows (positions, subjects). */
function Rows({ rows, empty, testId }: { rows: { key: string; label: string; extra: ReactNode }[]; empty: string; testId: string }) {
  if (rows.length === 0) return <EmptyState text={empty} />;
  return (
    <div data-testid={testId}>
      {rows.map((row, index) => (
        <div key={row.key}>
          {index > 0 && <Divider style={{ margin: '8px 0' }} />}
          <Flex justify="space-between" align="center" gap={8}>
            <span>{row.label}</span>
            {row.extra && <span>{row.extra}</span>}
          </Flex>
        </div>
      ))}
    </div>
  );
}
