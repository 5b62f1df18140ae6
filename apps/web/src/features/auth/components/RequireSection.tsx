import { ReactNode } from 'react';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';
import { canOpen, SectionKey } from '../../shell/navigation';
import { usePermissions } from '../hooks/useAuth';

/** Renders a section only for accounts whose permissions open it; the others get «Недостаточно прав». */
export function RequireSection({ section, children }: { section: SectionKey; children: ReactNode }) {
  const permissions = usePermissions();
  return canOpen(permissions, section) ? <>{children}</> : <ForbiddenPage />;
}
