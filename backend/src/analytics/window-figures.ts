import type { EndpointInfo, AggregateRow, IncidentSpan } from './analytics.repository.js';
import { sumAggregates } from './aggregate-rows.js';
import { histogramPercentile } from './histogram.js';
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
  const total = sumAggregates(rows);
  const { latencyCount, latencyMinMs: minMs, latencyMaxMs: maxMs } = total;
  const pct = (k: 0 | 1 | 2, p: number) => exact?.[k] ?? histogramPercentile(total.histogram, p, minMs, maxMs);
  return {
    count: total.checks,
    failures: total.checks - total.ok,
    okChecks: total.ok,
    degradedChecks: total.degraded,
    avgMs: latencyCount === 0 ? null : Math.round((total.latencySumMs / latencyCount) * 100) / 100,
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

export interface TimeInput {
  endpoint: EndpointInfo;
  from: Date;
  to: Date;
  changes: StateChange[];
  incidents: IncidentSpan[];
  maintenance: Interval[];
}

/** The time-weighted part alone (counted, down and degraded time): it needs no check results. */
export function timeFigures(input: TimeInput): TimeWeightedUptime {
  const { endpoint, from, to } = input;
  return timeWeightedUptime({
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
}

/** Everything the uptime of one endpoint over [from, to) needs, already loaded. */
export function windowFigures(
  input: TimeInput & { rows: AggregateRow[]; exact?: [number, number, number] },
): WindowFigures {
  const { from, to } = input;
  const latency = latencyFigures(input.rows, input.exact);
  return {
    ...timeFigures(input),
    ...latency,
    checkUptimePercentage: checkUptimePercentage(latency.okChecks, latency.count),
    incidents: input.incidents.filter((i) => i.startedAt < to && (i.resolvedAt === null || i.resolvedAt > from)).length,
  };
}
