import { Card, List, Typography } from 'antd';
import { Role, ROLE_TITLES } from '@sopr/shared';

export const DEMO_PASSWORD = 'Demo-2026!';

const DEMO_ACCOUNTS: { email: string; role: Role; place: string }[] = [
  { email: 'admin@demo.sopr.ru', role: Role.SYSTEM_ADMIN, place: 'вся система' },
  { email: 'region@demo.sopr.ru', role: Role.REGIONAL_ADMIN, place: 'Кировская область' },
  { email: 'uo@demo.sopr.ru', role: Role.MUNICIPAL_ADMIN, place: 'Верхнекамский муниципальный округ' },
  { email: 'metodist@demo.sopr.ru', role: Role.MUNICIPAL_METHODIST, place: 'Верхнекамский муниципальный округ' },
  { email: 'school@demo.sopr.ru', role: Role.SCHOOL_ADMIN, place: '«Средняя школа № 1 г. Кирса»' },
  { email: 'teacher@demo.sopr.ru', role: Role.TEACHER, place: '«Средняя школа № 1 г. Кирса»' },
];

/** The demo accounts of the seeded data; a click fills the login form. */
export function DemoAccounts({ onPick }: { onPick: (email: string, password: string) => void }) {
  return (
    <Card size="small" title="Демонстрационные учётные записи" data-testid="demo-accounts">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Пароль для всех: <Typography.Text code>{DEMO_PASSWORD}</Typography.Text>. Нажмите на адрес, чтобы подставить его в форму.
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={DEMO_ACCOUNTS}
        renderItem={(account) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Typography.Link onClick={() => onPick(account.email, DEMO_PASSWORD)}>{account.email}</Typography.Link>
              }
              description={`${ROLE_TITLES[account.role]} — ${account.place}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
