import { useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useLatency } from '../api/get-latency';
import type { Period } from '../api/types';
import { formatTick, toLatencySeries } from '../to-latency-series';

const RANGES: Period[] = ['1h', '24h', '7d', '30d', '90d'];

/** p50 and p95 latency per bucket with failed checks marked, and a range picker. */
export function LatencyChart({ endpointId }: { endpointId: number }) {
  const [period, setPeriod] = useState<Period>('24h');
  const latency = useLatency(endpointId, period);
  return (
    <section aria-labelledby="latency-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="latency-heading" className="font-medium">
          Response time
        </h2>
        <div role="group" aria-label="Range" className="flex gap-1">
          {RANGES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={r === period}
              onClick={() => setPeriod(r)}
              className={`rounded px-2 py-1 text-xs ring-1 ring-slate-300 ${r === period ? 'bg-slate-800 text-white' : 'bg-white hover:bg-slate-100'}`}
            >
              {r}
            </button>
          ))}
        </div>
      </div>
      <div className="mt-3">
        <LatencyBody query={latency} />
      </div>
    </section>
  );
}

function LatencyBody({ query }: { query: ReturnType<typeof useLatency> }) {
  if (query.isPending) return <LoadingState label="Loading response times…" />;
  if (query.isError)
    return (
      <ErrorState
        title="Response times could not be loaded"
        message={query.error.message}
        onRetry={() => void query.refetch()}
      />
    );
  const series = toLatencySeries(query.data.points);
  if (!series.some((p) => p.count > 0)) return <EmptyState title="No checks in this range yet" />;
  const failures = series.reduce((s, p) => s + p.failures, 0);
  const bucket = query.data.bucket_seconds;
  return (
    <figure>
      <div className="h-64" data-testid="latency-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis
              dataKey="tMs"
              type="number"
              domain={['dataMin', 'dataMax']}
              scale="time"
              tickFormatter={(t: number) => formatTick(t, bucket)}
              fontSize={11}
            />
            <YAxis unit=" ms" width={64} fontSize={11} />
            <Tooltip
              labelFormatter={(t) => new Date(Number(t)).toISOString().replace('T', ' ').slice(0, 16) + ' UTC'}
            />
            <Legend />
            <Line
              name="p50"
              dataKey="p50"
              stroke="#0f766e"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              name="p95"
              dataKey="p95"
              stroke="#7c3aed"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Scatter name="failures" dataKey="failureY" fill="#dc2626" shape="cross" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-slate-600">
        {bucket >= 3600 ? `${bucket / 3600} h` : `${bucket / 60} min`} buckets · {failures} failed check
        {failures === 1 ? '' : 's'} (red crosses) · percentiles{' '}
        {query.data.exact_percentiles ? 'exact' : 'from histograms (±2 %)'}
      </figcaption>
    </figure>
  );
}
