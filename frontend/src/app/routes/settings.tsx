import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useCan } from '@/features/auth/use-current-user';

/** Settings with its tabs; each tab is a child route. */
export function SettingsRoute() {
  const isAdmin = useCan('admin');
  const tabs = [
    { to: '/settings/api-keys', label: 'API keys' },
    ...(isAdmin
      ? [
          { to: '/settings/users', label: 'Users' },
          { to: '/settings/audit', label: 'Audit log' },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title="Settings" />
      <nav aria-label="Settings" className="mb-6 flex gap-4 border-b border-slate-200 text-sm">
        {tabs.map((tab) => (
          <NavLink
            key={tab.to}
            to={tab.to}
            className={({ isActive }) =>
              `-mb-px border-b-2 px-1 pb-2 ${isActive ? 'border-emerald-600 font-medium text-emerald-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`
            }
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
