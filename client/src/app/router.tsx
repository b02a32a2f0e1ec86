import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './app.layout';
import { NotFoundPage } from './not-found.page';
import { RequireMember } from './require-member';

// Every page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() => import('../features/login/login.page').then((m) => ({ default: m.LoginPage })));
const CaseQueuePage = lazy(() =>
  import('../features/cases/case-queue.page').then((m) => ({ default: m.CaseQueuePage })),
);
const CaseRoomPage = lazy(() =>
  import('../features/case-room/case-room.page').then((m) => ({ default: m.CaseRoomPage })),
);
const IntakePage = lazy(() => import('../features/intake/intake.page').then((m) => ({ default: m.IntakePage })));
const AdminPage = lazy(() => import('../features/admin/admin.page').then((m) => ({ default: m.AdminPage })));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="login" element={<LoginPage />} />
          <Route element={<RequireMember />}>
            <Route index element={<Navigate to="/cases" replace />} />
            <Route path="cases" element={<CaseQueuePage />} />
            <Route path="cases/new" element={<IntakePage />} />
            <Route path="cases/:id" element={<CaseRoomPage />} />
            <Route path="admin" element={<AdminPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
