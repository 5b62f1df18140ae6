import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { roleTitle } from '../../users/roles';
import { useAuth, useCurrentUser } from '../../auth/hooks/useAuth';
import { placeTitle } from '../place';

/** Header block: who is signed in, in which role and where; the logout button. */
export function UserBadge() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const [leaving, setLeaving] = useState(false);
  return (
    <Flex align="center" gap={12} style={{ minWidth: 0 }}>
      <Flex vertical style={{ minWidth: 0, lineHeight: 1.3, textAlign: 'right' }}>
        <Link to="/profile" style={{ color: '#fff', fontWeight: 500 }} data-testid="header-user-name">
          {user.fullName}
        </Link>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12 }} ellipsis data-testid="header-place">
          {placeTitle(user)}
        </Typography.Text>
      </Flex>
      <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="header-role">
        {roleTitle(user.role)}
      </Tag>
      <Tooltip title="Выйти">
        <Button
          icon={<LogoutOutlined />}
          loading={leaving}
          onClick={() => {
            setLeaving(true);
            void logout();
          }}
          data-testid="logout"
        >
          Выйти
        </Button>
      </Tooltip>
    </Flex>
  );
}
