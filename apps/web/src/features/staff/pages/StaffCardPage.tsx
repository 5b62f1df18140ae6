import { useParams } from 'react-router-dom';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { usePermissions } from '../../auth/hooks/useAuth';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';
import { StaffCard } from '../components/StaffCard';

/** /staff/:id — also open to a teacher, whose scope on the server is his own card. */
export function StaffCardPage() {
  const { id = '' } = useParams();
  const permissions = usePermissions();
  if (!hasAll(permissions, [Permission.STAFF_READ])) return <ForbiddenPage />;
  return <StaffCard key={id} id={id} />;
}
