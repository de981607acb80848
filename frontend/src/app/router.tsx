import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { DashboardRoute } from './routes/dashboard';
import { IncidentsRoute } from './routes/incidents';
import { MaintenanceRoute } from './routes/maintenance';
import { NotFoundRoute } from './routes/not-found';
import { SlaReportRoute } from './routes/sla-report';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'incidents', element: <IncidentsRoute /> },
      { path: 'reports/sla', element: <SlaReportRoute /> },
      { path: 'maintenance', element: <MaintenanceRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
