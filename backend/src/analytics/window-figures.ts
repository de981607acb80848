import type { EndpointInfo, AggregateRow, IncidentSpan } from './analytics.repository.js';
import { histogramPercentile, mergeHistograms } from './histogram.js';
import type { Interval } from './intervals.js';
import {
  checkUptimePercentage,
  periodsIn,
  statusSegments,
  timeWeightedUptime,
  type StateChange,
  type TimeWeightedUptime,
} from './uptime.js';

export interface LatencyFigures {
  count: number;
  failures: number;
  okChecks: number;
  degradedChecks: number;
  avgMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
}

/** Counts and latency of one group, from its aggregate rows; exact percentiles win over the histogram. */
export function latencyFigures(rows: AggregateRow[], exact?: [number, number, number]): LatencyFigures {
  const sum = (pick: (r: AggregateRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const mins = rows.map((r) => r.latencyMinMs).filter((v): v is number => v !== null);
  const maxs = rows.map((r) => r.latencyMaxMs).filter((v): v is number => v !== null);
  const minMs = mins.length ? Math.min(...mins) : null;
  const maxMs = maxs.length ? Math.max(...maxs) : null;
  const latencyCount = sum((r) => r.latencyCount);
  const histogram = mergeHistograms(rows.map((r) => r.histogram));
  const pct = (k: 0 | 1 | 2, p: number) => exact?.[k] ?? histogramPercentile(histogram, p, minMs, maxMs);
  const checks = sum((r) => r.checks);
  const ok = sum((r) => r.ok);
  return {
    count: checks,
    failures: checks - ok,
    okChecks: ok,
    degradedChecks: sum((r) => r.degraded),
    avgMs: latencyCount === 0 ? null : Math.round((sum((r) => r.latencySumMs) / latencyCount) * 100) / 100,
    p50Ms: latencyCount === 0 ? null : pct(0, 50),
    p95Ms: latencyCount === 0 ? null : pct(1, 95),
    p99Ms: latencyCount === 0 ? null : pct(2, 99),
    minMs,
    maxMs,
  };
}

export interface WindowFigures extends TimeWeightedUptime, LatencyFigures {
  checkUptimePercentage: number | null;
  incidents: number;
}

/** Everything the uptime of one endpoint over [from, to) needs, already loaded. */
export function windowFigures(input: {
  endpoint: EndpointInfo;
  from: Date;
  to: Date;
  rows: AggregateRow[];
  exact?: [number, number, number];
  changes: StateChange[];
  incidents: IncidentSpan[];
  maintenance: Interval[];
}): WindowFigures {
  const { endpoint, from, to } = input;
  const time = timeWeightedUptime({
    from,
    to,
    segments: statusSegments({
      changes: input.changes,
      createdAt: endpoint.createdAt,
      current: endpoint.status,
      from,
      to,
    }),
    downtime: periodsIn(input.incidents, from, to),
    maintenance: input.maintenance,
  });
  const latency = latencyFigures(input.rows, input.exact);
  return {
    ...time,
    ...latency,
    checkUptimePercentage: checkUptimePercentage(latency.okChecks, latency.count),
    incidents: input.incidents.filter((i) => i.startedAt < to && (i.resolvedAt === null || i.resolvedAt > from)).length,
  };
}
