import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { UserMenu } from '@/features/auth/components/user-menu';
import { AcceptInviteRoute } from './routes/accept-invite';
import { DashboardRoute } from './routes/dashboard';
import { LoginRoute } from './routes/login';
import { EndpointDetailRoute } from './routes/endpoint-detail';
import { EndpointsRoute } from './routes/endpoints';
import { NotFoundRoute } from './routes/not-found';
import { ProfileRoute } from './routes/profile';
import { SettingsRoute } from './routes/settings';
import { SettingsApiKeysRoute } from './routes/settings-api-keys';
import { SettingsAuditRoute } from './routes/settings-audit';
import { SettingsUsersRoute } from './routes/settings-users';
import { SetupRoute } from './routes/setup';
import { IncidentsRoute } from './routes/incidents';
import { SlaReportRoute } from './routes/sla-report';

const alerts = () => import('./routes/alerts');
import { PublicServicesRoute } from './routes/public-services';

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
      // Its chart (Recharts) is most of the bundle: the screens opened first should not parse it.
      { path: 'usage', lazy: () => import('./routes/usage').then((m) => ({ Component: m.UsageRoute })) },
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
      // The alerts screens load on demand too.
      { path: 'alerts', lazy: () => alerts().then((m) => ({ Component: m.AlertsHistoryRoute })) },
      { path: 'alerts/channels', lazy: () => alerts().then((m) => ({ Component: m.AlertChannelsRoute })) },
      { path: 'alerts/channels/new', lazy: () => alerts().then((m) => ({ Component: m.NewChannelRoute })) },
      { path: 'alerts/channels/:id', lazy: () => alerts().then((m) => ({ Component: m.EditChannelRoute })) },
      { path: 'alerts/rules', lazy: () => alerts().then((m) => ({ Component: m.AlertRulesRoute })) },
      { path: 'alerts/rules/new', lazy: () => alerts().then((m) => ({ Component: m.NewRuleRoute })) },
      { path: 'alerts/rules/:id', lazy: () => alerts().then((m) => ({ Component: m.EditRuleRoute })) },
      { path: 'endpoints', element: <EndpointsRoute /> },
      // The form (and zod) load on demand, keeping the dashboard's and the list's first load small.
      {
        path: 'endpoints/new',
        lazy: () => import('./routes/endpoint-form').then((m) => ({ Component: m.NewEndpointRoute })),
      },
      { path: 'endpoints/:id', element: <EndpointDetailRoute /> },
      {
        path: 'endpoints/:id/edit',
        lazy: () => import('./routes/endpoint-form').then((m) => ({ Component: m.EditEndpointRoute })),
      },
      { path: 'incidents', element: <IncidentsRoute /> },
      { path: 'reports/sla', element: <SlaReportRoute /> },
      // Its form brings zod, like the endpoint form.
      {
        path: 'maintenance',
        lazy: () => import('./routes/maintenance').then((m) => ({ Component: m.MaintenanceRoute })),
      },
      { path: 'public-services', element: <PublicServicesRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
