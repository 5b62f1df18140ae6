import { Card, Col, Descriptions, Row } from 'antd';
import { PageHeader } from '../../../shared/components/PageHeader';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { roleTitle } from '../../users/roles';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

export function ProfilePage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="Профиль" />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Card title="Учётная запись">
            <Descriptions
              column={1}
              items={[
                { key: 'fullName', label: 'ФИО', children: user.fullName },
                { key: 'email', label: 'Электронная почта', children: user.email },
                { key: 'role', label: 'Роль', children: roleTitle(user.role) },
                { key: 'region', label: 'Регион', children: user.regionName ?? EMPTY_VALUE },
                { key: 'municipality', label: 'Муниципалитет', children: user.municipalityName ?? EMPTY_VALUE },
                { key: 'organization', label: 'Организация', children: user.organizationName ?? EMPTY_VALUE },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="Смена пароля">
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
