import { Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { usePermissions } from '../../auth/hooks/useAuth';
import { StaffDiagnosticsTab } from '../../diagnostics/components/StaffDiagnosticsTab';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';
import { StaffCard } from '../components/StaffCard';

const DIAGNOSTICS_TAB = 'diagnostics';

/** /staff/:id — also open to a teacher, whose scope on the server is his own card; «Диагностика» (?tab=diagnostics) for diagnostics readers. */
export function StaffCardPage() {
  const { id = '' } = useParams();
  const permissions = usePermissions();
  const [search, setSearch] = useSearchParams();
  if (!hasAll(permissions, [Permission.STAFF_READ])) return <ForbiddenPage />;
  if (!hasAll(permissions, [Permission.DIAGNOSTICS_READ])) return <StaffCard key={id} id={id} />;
  const tab = search.get('tab') === DIAGNOSTICS_TAB ? DIAGNOSTICS_TAB : 'card';
  return (
    <Tabs
      key={id}
      activeKey={tab}
      onChange={(key) => setSearch(key === DIAGNOSTICS_TAB ? { tab: key } : {}, { replace: true })}
      destroyOnHidden
      data-testid="staff-tabs"
      items={[
        { key: 'card', label: 'Карточка', children: <StaffCard id={id} /> },
        { key: DIAGNOSTICS_TAB, label: <span data-testid="staff-tab-diagnostics">Диагностика</span>, children: <StaffDiagnosticsTab staffMemberId={id} /> },
      ]}
    />
  );
}
