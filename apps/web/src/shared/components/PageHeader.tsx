import { Breadcrumb, Flex, Typography } from 'antd';
import { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

interface PageHeaderProps {
  title: string;
  /** Text under the title. */
  subtitle?: ReactNode;
  /** Buttons on the right, e.g. «Создать». */
  extra?: ReactNode;
  /** Breadcrumbs between «Главная» and the title; omitted on the home page. */
  home?: boolean;
}

/** Breadcrumbs, the page heading (data-testid="page-title") and the browser tab title. */
export function PageHeader({ title, subtitle, extra, home = false }: PageHeaderProps) {
  useDocumentTitle(home ? '' : title);
  return (
    <div style={{ marginBottom: 16 }}>
      {!home && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[{ title: <Link to="/">Главная</Link> }, { title }]}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
        {extra && <Flex gap={8} wrap>{extra}</Flex>}
      </Flex>
      {subtitle && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {subtitle}
        </Typography.Paragraph>
      )}
    </div>
  );
}
