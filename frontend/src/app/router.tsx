import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
