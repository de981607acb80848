import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';
import { PublicServicesRoute } from './routes/public-services';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'public-services', element: <PublicServicesRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
