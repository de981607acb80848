import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { DashboardRoute } from './routes/dashboard';
import { EndpointDetailRoute } from './routes/endpoint-detail';
import { EndpointsRoute } from './routes/endpoints';
import { NotFoundRoute } from './routes/not-found';

const alerts = () => import('./routes/alerts');

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
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
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
