import { Link, useLocation } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';

export function NotFoundRoute() {
  const location = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <p className="text-slate-600">
        There is no page at <code className="rounded bg-slate-100 px-1">{location.pathname}</code>.{' '}
        <Link className="text-emerald-700 underline" to="/">
          Go to the dashboard
        </Link>
      </p>
    </>
  );
}
