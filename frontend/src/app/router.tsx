import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { DashboardRoute } from './routes/dashboard';
import { EndpointDetailRoute } from './routes/endpoint-detail';
import { EditEndpointRoute, NewEndpointRoute } from './routes/endpoint-form';
import { EndpointsRoute } from './routes/endpoints';
import { NotFoundRoute } from './routes/not-found';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'endpoints', element: <EndpointsRoute /> },
      { path: 'endpoints/new', element: <NewEndpointRoute /> },
      { path: 'endpoints/:id', element: <EndpointDetailRoute /> },
      { path: 'endpoints/:id/edit', element: <EditEndpointRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
