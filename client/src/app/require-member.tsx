import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../shared/ui/alert';
import { Loading } from '../shared/ui/layout';
import { useAuth } from './auth.context';

/** Routes behind it need a token, the member it belongs to and what that member may do. */
export function RequireMember() {
  const { token, member, abilities, error, retry } = useAuth();
  const location = useLocation();

  if (!token) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (member && abilities) return <Outlet />;
  if (error) return <ErrorAlert error={error} onRetry={retry} />;
  return <Loading />;
}
