import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { DashboardRoute } from './routes/dashboard';
import { EndpointDetailRoute } from './routes/endpoint-detail';
import { EndpointsRoute } from './routes/endpoints';
import { NotFoundRoute } from './routes/not-found';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
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
