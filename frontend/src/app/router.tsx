import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { UserMenu } from '@/features/auth/components/user-menu';
import { AcceptInviteRoute } from './routes/accept-invite';
import { DashboardRoute } from './routes/dashboard';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { UsageRoute } from './routes/usage';
import { ProfileRoute } from './routes/profile';
import { SettingsRoute } from './routes/settings';
import { SettingsApiKeysRoute } from './routes/settings-api-keys';
import { SettingsAuditRoute } from './routes/settings-audit';
import { SettingsUsersRoute } from './routes/settings-users';
import { SetupRoute } from './routes/setup';

const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  { path: '/setup', element: <SetupRoute /> },
  { path: '/accept-invite', element: <AcceptInviteRoute /> },
  {
    element: (
      <RequireAuth>
        <AppShell account={<UserMenu />} />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'usage', element: <UsageRoute /> },
      { path: 'profile', element: <ProfileRoute /> },
      {
        path: 'settings',
        element: <SettingsRoute />,
        children: [
          { index: true, element: <Navigate to="/settings/api-keys" replace /> },
          { path: 'api-keys', element: <SettingsApiKeysRoute /> },
          { path: 'users', element: <SettingsUsersRoute /> },
          { path: 'audit', element: <SettingsAuditRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
