import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useOverview } from '../api/get-overview';
import { useSummary } from '../api/get-summary';
import { formatMs, formatPercent } from '../format-duration';
import { IncidentTimeline } from './incident-timeline';
import { OVERVIEW_FIRST_ROWS, OverviewTable } from './overview-table';

/**
 * Dashboard block: overall 24 h uptime, open incidents, and per endpoint a 24 h sparkline and p95.
 * `loadDetails` false holds the per-endpoint overview (the heaviest request) and the open incidents
 * back, so that the page asks for them once its first figures are in.
 */
export function DashboardAnalytics({ loadDetails = true }: { loadDetails?: boolean }) {
  const summary = useSummary();
  // The first rows only (the server ranks every endpoint, but sends 20): at 20,000 endpoints the
  // whole overview is 11 MB of JSON. All of it on request.
  const [showAll, setShowAll] = useState(false);
  const overview = useOverview('24h', loadDetails, showAll ? undefined : OVERVIEW_FIRST_ROWS);
  const showingAll = showAll && !overview.isPlaceholderData;
  return (
    <div className="space-y-4">
      <section aria-labelledby="overall-heading" className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <h2 id="overall-heading" className="sr-only">
          Overall
        </h2>
        <Figure label="Uptime, last 24 h" value={summary.data ? formatPercent(summary.data.uptime_24h) : '…'} />
        <Figure label="Open incidents" value={summary.data ? String(summary.data.open_incidents) : '…'} />
        <Figure
          label="Average latency, last hour"
          value={summary.data ? formatMs(summary.data.average_latency_ms_1h) : '…'}
        />
      </section>
      {summary.isError && <ErrorState title="Summary could not be loaded" message={summary.error.message} />}
      <section aria-labelledby="open-incidents-heading">
        <h2 id="open-incidents-heading" className="mb-2 font-medium">
          Open incidents
        </h2>
        <IncidentTimeline open limit={10} load={loadDetails} />
      </section>
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading" className="mb-2 font-medium">
          Last 24 hours by endpoint
        </h2>
        {overview.isPending && <LoadingState label="Loading the last 24 hours…" />}
        {overview.isError && <ErrorState title="Overview could not be loaded" message={overview.error.message} />}
        {overview.data && !overview.data.endpoints.length && <EmptyState title="No endpoints yet" />}
        {overview.data && overview.data.endpoints.length > 0 && (
          <OverviewTable
            rows={overview.data.endpoints}
            total={overview.data.total}
            showingAll={showingAll}
            onShowAll={setShowAll}
            loading={overview.isPlaceholderData}
          />
        )}
      </section>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <p className="text-xs text-slate-500">{label}</p>
      <p className="mt-1 text-lg font-semibold tabular-nums">{value}</p>
    </div>
  );
}
