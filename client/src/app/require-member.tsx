import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../shared/ui/alert';
import { Loading } from '../shared/ui/layout';
import { useAuth } from './auth.context';

/** Routes behind it need a token and the member it belongs to. */
export function RequireMember() {
  const { token, member, error, retry } = useAuth();
  const location = useLocation();

  if (!token) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (member) return <Outlet />;
  if (error) return <ErrorAlert error={error} onRetry={retry} />;
  return <Loading />;
}
