import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import {
  AlertChannelsRoute,
  AlertRulesRoute,
  AlertsHistoryRoute,
  EditChannelRoute,
  EditRuleRoute,
  NewChannelRoute,
  NewRuleRoute,
} from './routes/alerts';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'alerts', element: <AlertsHistoryRoute /> },
      { path: 'alerts/channels', element: <AlertChannelsRoute /> },
      { path: 'alerts/channels/new', element: <NewChannelRoute /> },
      { path: 'alerts/channels/:id', element: <EditChannelRoute /> },
      { path: 'alerts/rules', element: <AlertRulesRoute /> },
      { path: 'alerts/rules/new', element: <NewRuleRoute /> },
      { path: 'alerts/rules/:id', element: <EditRuleRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
