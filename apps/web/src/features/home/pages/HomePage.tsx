import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { SectionIcon } from '../../shell/components/SectionIcon';
import { visibleSections } from '../../shell/navigation';
import { placeTitle } from '../../shell/place';
import { roleTitle } from '../../users/roles';

/** Greeting with the role and scope, and a card for every section the account may open. */
export function HomePage() {
  const user = useCurrentUser();
  const sections = visibleSections(user.permissions).filter((section) => section.onHome);
  return (
    <div data-testid="home">
      <PageHeader home title={`Здравствуйте, ${user.fullName}!`} />
      <Card style={{ marginBottom: 24 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'role', label: 'Роль', children: <Typography.Text strong data-testid="home-role">{roleTitle(user.role)}</Typography.Text> },
            { key: 'place', label: 'Область доступа', children: <span data-testid="home-place">{placeTitle(user)}</span> },
            ...(user.municipalityName && user.organizationName
              ? [{ key: 'municipality', label: 'Муниципалитет', children: user.municipalityName }]
              : []),
            ...(user.regionName && (user.municipalityName || user.organizationName)
              ? [{ key: 'region', label: 'Регион', children: user.regionName }]
              : []),
          ]}
        />
      </Card>
      <Typography.Title level={4}>Разделы</Typography.Title>
      <Row gutter={[16, 16]} data-testid="home-sections">
        {sections.map((section) => (
          <Col key={section.key} xs={24} sm={12} xl={8}>
            <Link to={section.path} data-testid={`home-card-${section.key}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta avatar={<SectionIcon section={section.key} />} title={section.title} description={section.description} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
