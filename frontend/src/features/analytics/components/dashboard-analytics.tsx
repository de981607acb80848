import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useOverview } from '../api/get-overview';
import { useSummary } from '../api/get-summary';
import type { OverviewRow } from '../api/types';
import { formatMs, formatPercent } from '../format-duration';
import { IncidentTimeline } from './incident-timeline';
import { Sparkline } from './sparkline';

/** Dashboard block: overall 24 h uptime, open incidents, and per endpoint a 24 h sparkline and p95. */
export function DashboardAnalytics() {
  const summary = useSummary();
  const overview = useOverview('24h');
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
        <IncidentTimeline open limit={10} />
      </section>
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading" className="mb-2 font-medium">
          Last 24 hours by endpoint
        </h2>
        {overview.isPending && <LoadingState />}
        {overview.isError && <ErrorState title="Overview could not be loaded" message={overview.error.message} />}
        {overview.data && !overview.data.endpoints.length && <EmptyState title="No endpoints yet" />}
        {overview.data && overview.data.endpoints.length > 0 && <OverviewTable rows={overview.data.endpoints} />}
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

function OverviewTable({ rows }: { rows: OverviewRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2">Endpoint</th>
            <th className="px-3 py-2">Uptime</th>
            <th className="px-3 py-2">p95</th>
            <th className="px-3 py-2">Latency, 24 h</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.endpoint_id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link to={`/endpoints/${r.endpoint_id}`} className="hover:underline">
                  {r.endpoint_name}
                </Link>
              </td>
              <td className="px-3 py-2 tabular-nums">{formatPercent(r.uptime_percentage)}</td>
              <td className="px-3 py-2 tabular-nums">
                <P95 row={r} />
              </td>
              <td className="px-3 py-2">
                <EndpointSparkline row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** For the endpoint list: one overview row's sparkline. */
export function EndpointSparkline({ row }: { row: OverviewRow }) {
  return <Sparkline points={row.sparkline} />;
}

/** For the endpoint list: one overview row's p95. */
export function P95({ row }: { row: OverviewRow }) {
  return <>{formatMs(row.p95_ms)}</>;
}
