import { useMemo } from 'react';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatMs } from '@/lib/format';
import type { EndpointStatus } from '@/types/api';
import { useDashboardEndpoints } from '../api/dashboard-endpoints';
import { byProblemsFirst } from '../endpoint-status';
import { RecentFailures } from './recent-failures';
import { StatusBoard } from './status-board';

const CARDS: { label: string; status?: EndpointStatus; tone: string }[] = [
  { label: 'Total', tone: 'text-slate-900' },
  { label: 'UP', status: 'UP', tone: 'text-emerald-700' },
  { label: 'DOWN', status: 'DOWN', tone: 'text-red-700' },
  { label: 'DEGRADED', status: 'DEGRADED', tone: 'text-amber-700' },
  { label: 'PAUSED', status: 'PAUSED', tone: 'text-slate-600' },
];

/** The dashboard's endpoint part: counts per status, average latency, recent failures, every status. */
export function EndpointsOverview({ canEdit }: { canEdit: boolean }) {
  const data = useDashboardEndpoints();
  const { summary, endpoints, complete } = data;
  const sorted = useMemo(() => [...endpoints].sort(byProblemsFirst), [endpoints]);

  if (data.error && endpoints.length === 0)
    return <ErrorState title="The endpoints could not be loaded" message={data.error.message} onRetry={data.refetch} />;
  if (data.isPending) return <LoadingState label="Loading endpoints…" />;
  if (summary.total === 0)
    return (
      <EmptyState title="No endpoints yet">
        <p className="mt-1">Tell apimon which APIs to watch; their status shows up here within seconds.</p>
        {canEdit && (
          <Link to="/endpoints/new" className={`${buttonClass('primary')} mt-3`}>
            Add an endpoint
          </Link>
        )}
      </EmptyState>
    );

  return (
    <div className="flex flex-col gap-6">
      <section aria-label="Endpoint summary" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {CARDS.map((card) => (
          <Link
            key={card.label}
            to={card.status ? `/endpoints?status=${card.status}` : '/endpoints'}
            className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-slate-300 focus-visible:outline-2 focus-visible:outline-emerald-600"
          >
            <span className="block text-xs font-medium text-slate-600">{card.label}</span>
            <span className={`block text-2xl font-semibold tabular-nums ${card.tone}`}>
              {(card.status ? summary[card.status] : summary.total).toLocaleString('en')}
            </span>
          </Link>
        ))}
        <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <span className="block text-xs font-medium text-slate-600">Average latency</span>
          <span className="block text-2xl font-semibold tabular-nums">
            {complete ? formatMs(summary.averageLatencyMs) : '…'}
          </span>
        </div>
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_2fr]">
        <RecentFailures endpoints={sorted} />
        <StatusBoard endpoints={sorted} loadingMore={!complete ? summary.total - endpoints.length : 0} />
      </div>
    </div>
  );
}
