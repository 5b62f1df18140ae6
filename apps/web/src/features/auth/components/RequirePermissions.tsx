import { ReactNode } from 'react';
import { hasAll, PermissionName } from '../../../shared/lib/permissions';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';
import { usePermissions } from '../hooks/useAuth';

/** Renders a page inside a section only for accounts with all of `permissions` (e.g. the staff import). */
export function RequirePermissions({ permissions, children }: { permissions: readonly PermissionName[]; children: ReactNode }) {
  const granted = usePermissions();
  return hasAll(granted, permissions) ? <>{children}</> : <ForbiddenPage />;
}
