import type { Tone } from '@/components/ui/status-pill';
import type { EndpointStatus, EndpointWire } from '@/types/api';
import { compareText } from '@/lib/text';

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

/** Problems first (DOWN, DEGRADED, PENDING), then UP, then PAUSED; by name within a status. */
const RANK: Record<EndpointStatus, number> = { DOWN: 0, DEGRADED: 1, PENDING: 2, UP: 3, PAUSED: 4 };

export function byProblemsFirst(a: Pick<EndpointWire, 'status' | 'name'>, b: Pick<EndpointWire, 'status' | 'name'>) {
  return RANK[a.status] - RANK[b.status] || compareText(a.name, b.name);
}
