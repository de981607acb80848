import type { EndpointListWire, EndpointStatus, EndpointWire } from '@/types/api';

/** What one live message changes on one endpoint. */
export interface LiveUpdate {
  endpointId: number;
  status?: EndpointStatus;
  /** When the status took effect (a state change's `at`). */
  statusSince?: string;
  latencyMs?: number | null;
  checkedAt?: string;
  /** A check result arrived (its endpoint's check list is stale). */
  isCheck: boolean;
}

type Json = Record<string, unknown>;

function one(raw: Json): LiveUpdate | null {
  const endpointId = Number(raw.endpoint_id ?? raw.endpointId ?? raw.id);
  if (!Number.isFinite(endpointId)) return null;
  const update: LiveUpdate = { endpointId, isCheck: false };
  if (typeof raw.to === 'string') {
    update.status = raw.to as EndpointStatus;
    if (typeof raw.at === 'string') update.statusSince = raw.at;
  } else if (typeof raw.status === 'string') {
    update.status = raw.status as EndpointStatus;
  }
  if (typeof raw.checked_at === 'string') {
    update.isCheck = true;
    update.checkedAt = raw.checked_at;
    if ('latency_ms' in raw) update.latencyMs = (raw.latency_ms as number | null) ?? null;
  }
  return update;
}

/**
 * The updates carried by one SSE message of GET /api/v1/events: a single object, an array of them,
 * or an object wrapping a list (`checks`, `updates`, `events`), since the stream coalesces messages.
 * Unknown or malformed data gives no updates rather than an error.
 */
export function parseLiveMessage(data: string): LiveUpdate[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return [];
  }
  const wrapped = parsed as Json | null;
  const list = Array.isArray(parsed)
    ? parsed
    : (['checks', 'updates', 'events', 'changes'].map((k) => wrapped?.[k]).find(Array.isArray) ?? [parsed]);
  return (list as unknown[])
    .filter((x): x is Json => typeof x === 'object' && x !== null)
    .map(one)
    .filter((u): u is LiveUpdate => u !== null);
}

/** Merges updates per endpoint in arrival order (a later message wins). */
export function mergeUpdates(updates: LiveUpdate[]): Map<number, LiveUpdate> {
  const byId = new Map<number, LiveUpdate>();
  for (const u of updates) {
    const prev = byId.get(u.endpointId);
    byId.set(u.endpointId, prev ? { ...prev, ...stripUndefined(u), isCheck: prev.isCheck || u.isCheck } : u);
  }
  return byId;
}

function stripUndefined(u: LiveUpdate): Partial<LiveUpdate> {
  return Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined));
}

/** One endpoint with the update applied; the same object when nothing changes (no needless re-render). */
export function patchEndpoint(endpoint: EndpointWire, u: LiveUpdate): EndpointWire {
  const next = { ...endpoint };
  if (u.status && u.status !== endpoint.status) {
    next.status = u.status;
    next.status_since = u.statusSince ?? u.checkedAt ?? endpoint.status_since;
  }
  if (u.checkedAt && (!endpoint.last_checked_at || u.checkedAt >= endpoint.last_checked_at)) {
    next.last_checked_at = u.checkedAt;
    if (u.latencyMs !== undefined) next.last_latency_ms = u.latencyMs;
  }
  const changed =
    next.status !== endpoint.status ||
    next.last_checked_at !== endpoint.last_checked_at ||
    next.last_latency_ms !== endpoint.last_latency_ms;
  return changed ? next : endpoint;
}

/** Patches whatever an ['endpoints', …] query holds: a list page, the full list, or one endpoint. */
export function patchEndpointsData(data: unknown, updates: Map<number, LiveUpdate>): unknown {
  if (!data || typeof data !== 'object') return data;
  const list = data as EndpointListWire;
  if (Array.isArray(list.endpoints)) {
    let changed = false;
    const endpoints = list.endpoints.map((e) => {
      const u = updates.get(e.id);
      const next = u ? patchEndpoint(e, u) : e;
      changed ||= next !== e;
      return next;
    });
    return changed ? { ...list, endpoints } : data;
  }
  const endpoint = data as EndpointWire;
  const u = typeof endpoint.id === 'number' ? updates.get(endpoint.id) : undefined;
  return u ? patchEndpoint(endpoint, u) : data;
}
