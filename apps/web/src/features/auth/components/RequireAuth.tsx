import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { FullPageSpinner } from '../../../shared/components/FullPageSpinner';
import { ApiUnavailablePage } from '../../errors/pages/ApiUnavailablePage';
import { useAuth } from '../hooks/useAuth';

/** Lets only signed-in users through; the others go to /login and come back afterwards. */
export function RequireAuth() {
  const { status, retry, startError, signedOut } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpinner />;
  if (status === 'unreachable') return <ApiUnavailablePage onRetry={retry} message={startError?.message} />;
  if (status === 'anonymous') return <Navigate to="/login" replace state={signedOut ? undefined : { from: location }} />;
  return <Outlet />;
}
