import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { landingPath } from './access.policy';
import { AppLayout } from './app.layout';
import { useAbilities } from './auth.context';
import { NotFoundPage } from './not-found.page';
import { RequireMember } from './require-member';

// Every page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() =>
  Promise.all([
    import('../features/login/login.page'),
    import('../features/login/login.messages').then((m) => m.loadLoginMessages()),
  ]).then(([m]) => ({ default: m.LoginPage })),
);
const AcceptInvitationPage = lazy(() =>
  Promise.all([
    import('../features/login/accept-invitation.page'),
    import('../features/login/invitation.messages').then((m) => m.loadInvitationMessages()),
  ]).then(([m]) => ({ default: m.AcceptInvitationPage })),
);
// The queue's own strings load with it (features/cases/queue.messages.ts).
const CaseQueuePage = lazy(() =>
  Promise.all([
    import('../features/cases/case-queue.page'),
    import('../features/cases/queue.messages').then((m) => m.loadQueueMessages()),
  ]).then(([m]) => ({ default: m.CaseQueuePage })),
);
const CaseRoomPage = lazy(() =>
  import('../features/case-room/case-room.page').then((m) => ({ default: m.CaseRoomPage })),
);
const IntakePage = lazy(() =>
  Promise.all([
    import('../features/intake/intake.page'),
    import('../features/intake/intake.messages').then((m) => m.loadIntakeMessages()),
  ]).then(([m]) => ({ default: m.IntakePage })),
);
// The admin's pages and their strings (features/admin/admin.messages.ts).
const adminMessages = () => import('../features/admin/admin.messages').then((m) => m.loadAdminMessages());
const AdminPage = lazy(() =>
  Promise.all([import('../features/admin/admin.page'), adminMessages()]).then(([m]) => ({ default: m.AdminPage })),
);
const AdminSectionPage = lazy(() =>
  Promise.all([import('../features/admin/admin.page'), adminMessages()]).then(([m]) => ({ default: m.AdminSectionPage })),
);
const AccountsPage = lazy(() =>
  Promise.all([import('../features/admin/accounts.page'), adminMessages()]).then(([m]) => ({ default: m.AccountsPage })),
);
// Recharts and GraphiQL are heavy: they live only in these two chunks, and the statistics' strings
// load with them.
const statsMessages = () => import('../features/stats/stats.messages').then((m) => m.loadStatsMessages());
const StatsPage = lazy(() =>
  Promise.all([import('../features/stats/stats.page'), statsMessages()]).then(([m]) => ({ default: m.StatsPage })),
);
const ExplorerPage = lazy(() =>
  Promise.all([import('../features/stats/explorer/explorer.page'), statsMessages()]).then(([m]) => ({
    default: m.ExplorerPage,
  })),
);

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="login" element={<LoginPage />} />
          {/* An invitation link: /invitation#<token>, the token in the fragment (never sent to the server). */}
          <Route path="invitation" element={<AcceptInvitationPage />} />
          <Route element={<RequireMember />}>
            <Route index element={<Landing />} />
            <Route path="cases" element={<CaseQueuePage />} />
            <Route path="cases/new" element={<IntakePage />} />
            <Route path="cases/:id" element={<CaseRoomPage />} />
            <Route path="admin" element={<AdminPage />} />
            <Route path="admin/:section" element={<AdminSectionPage />} />
            <Route path="accounts" element={<AccountsPage />} />
            <Route path="stats" element={<StatsPage />} />
            <Route path="stats/explorer" element={<ExplorerPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

/** Each member lands where their work is: analysts on the statistics, the others on the queue. */
function Landing() {
  return <Navigate to={landingPath(useAbilities())} replace />;
}
