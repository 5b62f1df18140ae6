import { Layout } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../../../app/ErrorBoundary';
import { ApiUnavailableBanner } from '../../../shared/components/ApiUnavailableBanner';
import { SideMenu } from './SideMenu';
import { UserBadge } from './UserBadge';

/** Header with the product and the user, the side menu from permissions, and the page. */
export function AppLayout() {
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, paddingInline: 24 }}>
        <Link to="/" className="sopr-brand" data-testid="brand" title="Система обеспечения профессионального развития">
          СОПР
        </Link>
        <UserBadge />
      </Layout.Header>
      <ApiUnavailableBanner />
      <Layout>
        <Layout.Sider
          width={240}
          breakpoint="lg"
          collapsedWidth={64}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
        >
          <SideMenu />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
