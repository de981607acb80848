import type { Tone } from '@/components/ui/status-pill';
import type { PublicService, PublicTarget, UnifiedStatus } from './api/types';
import { compareText } from '@/lib/text';

const TONES: Record<UnifiedStatus, Tone> = { OK: 'good', Degraded: 'warn', Outage: 'bad', Unknown: 'neutral' };

/** Pill tone and word for a service: maintenance and stale data say so in words. */
export function statusDisplay(s: Pick<PublicService, 'status' | 'dimensions' | 'stale'>): {
  tone: Tone;
  label: string;
} {
  if (s.stale) return { tone: 'neutral', label: 'Unknown (stale)' };
  if (s.dimensions.maintenance) return { tone: 'warn', label: 'Maintenance' };
  return { tone: TONES[s.status], label: s.status };
}

const SEVERITY: Record<UnifiedStatus, number> = { Outage: 3, Degraded: 2, Unknown: 1, OK: 0 };

/** Worst first, then by name: what needs attention is at the top. */
export function sortServices(services: PublicService[]): PublicService[] {
  return [...services].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || compareText(a.name, b.name));
}

/** How many public services are not OK (stale ones count: their state is not known to be OK). */
export function countNotOk(targets: PublicTarget[]): number {
  return targets.reduce((n, t) => n + t.services.filter((s) => s.status !== 'OK' || s.stale).length, 0);
}

/** The non-OK filter: targets keep only their non-OK services; targets left empty drop out. */
export function onlyNotOk(targets: PublicTarget[]): PublicTarget[] {
  return targets
    .map((t) => ({ ...t, services: t.services.filter((s) => s.status !== 'OK' || s.stale) }))
    .filter((t) => t.services.length > 0 || t.status !== 'OK');
}
