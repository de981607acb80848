import { useMemo } from 'react';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { EndpointStatus, StatusTotalsWire } from '@/types/api';
import { useDashboardEndpoints } from '../api/dashboard-endpoints';
import { byProblemsFirst } from '../endpoint-status';
import { RecentFailures } from './recent-failures';
import { StatusBoard } from './status-board';
import { formatCount } from '@/lib/text';

const CARDS: { label: string; count: keyof StatusTotalsWire; status?: EndpointStatus; tone: string }[] = [
  { label: 'Total', count: 'total', tone: 'text-slate-900' },
  { label: 'UP', count: 'up', status: 'UP', tone: 'text-emerald-700' },
  { label: 'DOWN', count: 'down', status: 'DOWN', tone: 'text-red-700' },
  { label: 'DEGRADED', count: 'degraded', status: 'DEGRADED', tone: 'text-amber-700' },
  { label: 'PAUSED', count: 'paused', status: 'PAUSED', tone: 'text-slate-600' },
  { label: 'PENDING', count: 'pending', status: 'PENDING', tone: 'text-slate-600' },
];

/**
 * The dashboard's endpoint part: counts per status (the server's summary, given by the route), the
 * failing endpoints and the first page of statuses, problems first. Two small requests whatever the
 * number of endpoints.
 */
export function EndpointsOverview({
  canEdit,
  totals,
  totalsError = null,
}: {
  canEdit: boolean;
  /** Undefined while the summary loads. */
  totals: StatusTotalsWire | undefined;
  totalsError?: Error | null;
}) {
  const first = useDashboardEndpoints();
  const endpoints = useMemo(() => [...(first.data?.endpoints ?? [])].sort(byProblemsFirst), [first.data]);

  if (first.data?.total === 0)
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
              {totals ? formatCount(totals[card.count]) : totalsError ? '–' : '…'}
            </span>
          </Link>
        ))}
      </section>
      {totalsError && !totals && (
        <p role="alert" className="-mt-4 text-sm text-red-700">
          The counts could not be loaded: {totalsError.message}
        </p>
      )}
      {first.isPending ? (
        <LoadingState label="Loading endpoints…" />
      ) : first.error && !first.data ? (
        <ErrorState
          title="The endpoints could not be loaded"
          message={first.error.message}
          onRetry={() => void first.refetch()}
        />
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_2fr]">
          <RecentFailures endpoints={endpoints} />
          <StatusBoard endpoints={endpoints} total={first.data?.total ?? endpoints.length} />
        </div>
      )}
    </div>
  );
}
