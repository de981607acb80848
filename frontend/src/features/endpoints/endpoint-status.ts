import type { Tone } from '@/components/ui/status-pill';
import type { EndpointStatus, EndpointWire } from '@/types/api';

const TONE: Record<EndpointStatus, Tone> = {
  UP: 'good',
  DOWN: 'bad',
  DEGRADED: 'warn',
  PAUSED: 'neutral',
  PENDING: 'neutral',
};

export function statusTone(status: EndpointStatus): Tone {
  return TONE[status];
}

export interface StatusSummary {
  total: number;
  UP: number;
  DOWN: number;
  DEGRADED: number;
  PAUSED: number;
  PENDING: number;
  /** Mean of the last latencies of endpoints that have one and are not paused; null when none. */
  averageLatencyMs: number | null;
}

/** Counts per status and the average last latency of a set of endpoints. */
export function summarizeEndpoints(endpoints: Pick<EndpointWire, 'status' | 'last_latency_ms'>[]): StatusSummary {
  const summary: StatusSummary = {
    total: 0,
    UP: 0,
    DOWN: 0,
    DEGRADED: 0,
    PAUSED: 0,
    PENDING: 0,
    averageLatencyMs: null,
  };
  let latencySum = 0;
  let latencyCount = 0;
  for (const endpoint of endpoints) {
    summary.total += 1;
    summary[endpoint.status] += 1;
    if (endpoint.status !== 'PAUSED' && endpoint.last_latency_ms !== null) {
      latencySum += endpoint.last_latency_ms;
      latencyCount += 1;
    }
  }
  summary.averageLatencyMs = latencyCount === 0 ? null : Math.round(latencySum / latencyCount);
  return summary;
}

/** Problems first (DOWN, DEGRADED, PENDING), then UP, then PAUSED; by name within a status. */
const RANK: Record<EndpointStatus, number> = { DOWN: 0, DEGRADED: 1, PENDING: 2, UP: 3, PAUSED: 4 };

export function byProblemsFirst(a: Pick<EndpointWire, 'status' | 'name'>, b: Pick<EndpointWire, 'status' | 'name'>) {
  return RANK[a.status] - RANK[b.status] || a.name.localeCompare(b.name);
}
