import { Menu } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { usePermissions } from '../../auth/hooks/useAuth';
import { sectionForPath, visibleSections } from '../navigation';
import { SectionIcon } from './SectionIcon';

/** The side menu: exactly the sections the account's permissions open. */
export function SideMenu() {
  const permissions = usePermissions();
  const location = useLocation();
  const sections = useMemo(() => visibleSections(permissions), [permissions]);
  const items = useMemo(
    () =>
      sections.map((section) => ({
        key: section.key,
        icon: <SectionIcon section={section.key} />,
        label: (
          <Link to={section.path} data-testid={`nav-${section.key}`}>
            {section.title}
          </Link>
        ),
      })),
    [sections],
  );
  const current = sectionForPath(location.pathname)?.key;
  const selected = sections.some((section) => section.key === current) ? current : undefined;
  return (
    <nav data-testid="side-menu" aria-label="Разделы">
      <Menu mode="inline" theme="dark" items={items} selectedKeys={selected ? [selected] : []} />
    </nav>
  );
}
