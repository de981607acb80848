import { ErrorState } from '@/components/ui/states';
import { useUptime } from '../api/get-uptime';
import type { Period } from '../api/types';
import { formatDuration, formatMs, formatPercent } from '../format-duration';

const PERIODS: { period: Period; label: string }[] = [
  { period: '24h', label: '24 hours' },
  { period: '7d', label: '7 days' },
  { period: '30d', label: '30 days' },
  { period: '90d', label: '90 days' },
];

/** Uptime for 24 h / 7 d / 30 d / 90 d, each with its downtime and p95. */
export function UptimeFigures({ endpointId }: { endpointId: number }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Uptime">
      {PERIODS.map((p) => (
        <UptimeCard key={p.period} endpointId={endpointId} period={p.period} label={p.label} />
      ))}
    </dl>
  );
}

function UptimeCard({ endpointId, period, label }: { endpointId: number; period: Period; label: string }) {
  const uptime = useUptime(endpointId, period);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`uptime-${period}`}>
      <dt className="text-xs text-slate-500">Uptime, last {label}</dt>
      {uptime.isPending && <dd className="mt-1 animate-pulse text-lg text-slate-400">…</dd>}
      {uptime.isError && (
        <dd className="mt-1">
          <ErrorState title="Not available" message={uptime.error.message} />
        </dd>
      )}
      {uptime.data && (
        <>
          <dd className="mt-1 text-lg font-semibold tabular-nums">{formatPercent(uptime.data.uptime_percentage)}</dd>
          <dd className="text-xs text-slate-600">
            {uptime.data.total_checks} checks · {formatDuration(uptime.data.downtime_seconds)} down · p95{' '}
            {formatMs(uptime.data.p95_ms)}
          </dd>
        </>
      )}
    </div>
  );
}
