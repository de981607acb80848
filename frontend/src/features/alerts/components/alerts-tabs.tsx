import { NavLink } from 'react-router';

const TABS = [
  { to: '/alerts', label: 'History', end: true },
  { to: '/alerts/channels', label: 'Channels', end: false },
  { to: '/alerts/rules', label: 'Rules', end: false },
];

export function AlertsTabs() {
  return (
    <nav aria-label="Alerts" className="mb-4 flex gap-1 border-b border-slate-200 text-sm">
      {TABS.map((tab) => (
        <NavLink
          key={tab.to}
          to={tab.to}
          end={tab.end}
          className={({ isActive }) =>
            `-mb-px border-b-2 px-3 py-2 ${isActive ? 'border-emerald-600 font-medium text-emerald-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
