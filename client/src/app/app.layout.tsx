import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../shared/ui/layout';
import { AppHeader } from './app-header';

export function AppLayout() {
  return (
    <div className="shell">
      <AppHeader />
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
