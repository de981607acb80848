import type { ServiceEntry, UnifiedStatus } from './unified-status.js';

/** What is stored now for one service. */
export interface KnownService {
  name: string;
  status: UnifiedStatus;
  maintenance: boolean;
  statusSince: Date;
}

export interface StatusChange {
  /** null = the provider-level (overall) entry. */
  service: string | null;
  from: UnifiedStatus | null;
  to: UnifiedStatus;
  maintenance: boolean;
}

export interface SnapshotPlan {
  changes: StatusChange[];
  /** Services to store, each with the time its current status began. */
  services: (ServiceEntry & { statusSince: Date })[];
  /** Stored services the new document no longer lists. */
  removed: string[];
}

/**
 * Compares a new vendor report with what is stored. A first sighting is a change from null; a
 * service that leaves an incident feed (listsAffectedOnly) has recovered, which is a change to OK;
 * a component a status page stops listing is simply removed. Maintenance on/off counts as a change.
 */
export function planSnapshot(
  known: { overall: { status: UnifiedStatus; maintenance: boolean } | null; services: KnownService[] },
  next: { overall: ServiceEntry; services: ServiceEntry[] },
  listsAffectedOnly: boolean,
  now: Date,
): SnapshotPlan {
  const changes: StatusChange[] = [];
  const overallMaintenance = next.overall.dimensions.maintenance === true;
  if (
    !known.overall ||
    known.overall.status !== next.overall.status ||
    known.overall.maintenance !== overallMaintenance
  ) {
    changes.push({
      service: null,
      from: known.overall?.status ?? null,
      to: next.overall.status,
      maintenance: overallMaintenance,
    });
  }
  const before = new Map(known.services.map((s) => [s.name, s]));
  const services = next.services.map((s) => {
    const old = before.get(s.name);
    const maintenance = s.dimensions.maintenance === true;
    if (old && old.status === s.status && old.maintenance === maintenance)
      return { ...s, statusSince: old.statusSince };
    changes.push({ service: s.name, from: old?.status ?? null, to: s.status, maintenance });
    return { ...s, statusSince: now };
  });
  const listed = new Set(next.services.map((s) => s.name));
  const removed = known.services.filter((s) => !listed.has(s.name)).map((s) => s.name);
  if (listsAffectedOnly) {
    for (const name of removed) {
      const old = before.get(name)!;
      if (old.status !== 'OK' || old.maintenance)
        changes.push({ service: name, from: old.status, to: 'OK', maintenance: false });
    }
  }
  return { changes, services, removed };
}

/** Stale = this many collections in a row failed: the last known statuses are no longer trusted. */
export const STALE_AFTER_FAILURES = 3;

export function isStale(consecutiveFailures: number): boolean {
  return consecutiveFailures >= STALE_AFTER_FAILURES;
}
