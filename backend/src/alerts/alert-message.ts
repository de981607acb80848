import type { AlertEventKind } from '../db/schema.js';

/** Everything known about one occurrence, before it is put into words. */
export interface AlertFacts {
  event: AlertEventKind;
  endpoint: { id: number; name: string; url: string | null } | null;
  status: string | null;
  previousStatus: string | null;
  /** When the state (or the event) began. */
  since: Date;
  error: string | null;
  statusCode: number | null;
  latencyMs: number | null;
  checkedAt: Date | null;
  downtimeMs?: number | null;
  latencyThresholdMs?: number | null;
  latencyConsecutive?: number | null;
  certExpiresAt?: Date | null;
  flapChanges?: number | null;
  flapWindowMinutes?: number | null;
  /** For public_service_status_changed: the service (the endpoint fields stay null). */
  service?: { name: string; url: string | null; /** The target's key (`github`). */ target: string } | null;
}

export type Severity = 'critical' | 'warning' | 'info' | 'resolved';

/** The channel-neutral message every channel renders its own payload from. Stored in the outbox. */
export interface AlertMessage {
  event: AlertEventKind;
  severity: Severity;
  title: string;
  text: string;
  endpointId: number | null;
  endpointName: string | null;
  url: string | null;
  status: string | null;
  previousStatus: string | null;
  since: string;
  error: string | null;
  latencyMs: number | null;
  checkedAt: string | null;
  link: string | null;
  facts: { label: string; value: string }[];
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

const SEVERITY: Record<AlertEventKind, Severity> = {
  down: 'critical',
  heartbeat_missed: 'critical',
  renotify: 'critical',
  recovered: 'resolved',
  degraded: 'warning',
  latency_above: 'warning',
  certificate_expiring: 'warning',
  flapping: 'warning',
  stable: 'info',
  public_service_status_changed: 'info',
  test: 'info',
};

/** Links in alerts must be absolute: without PUBLIC_URL they point at the default local install. */
export const linkBase = (publicUrl: string | undefined) => publicUrl ?? 'http://localhost:8080';

/** Puts facts into words. `publicUrl` is the base of links to apimon's pages; `now` dates the text. */
export function buildAlertMessage(facts: AlertFacts, publicUrl: string, now: Date): AlertMessage {
  const name = facts.endpoint?.name ?? facts.service?.name ?? 'apimon';
  const { title, text } = words(facts, name, now);
  const severity =
    facts.event === 'stable' ? (facts.status === 'DOWN' ? 'critical' : 'resolved') : SEVERITY[facts.event];
  return {
    event: facts.event,
    severity,
    title,
    text,
    endpointId: facts.endpoint?.id ?? null,
    endpointName: facts.endpoint?.name ?? facts.service?.name ?? null,
    url: facts.endpoint?.url ?? facts.service?.url ?? null,
    status: facts.status,
    previousStatus: facts.previousStatus,
    since: facts.since.toISOString(),
    error: facts.error,
    latencyMs: facts.latencyMs,
    checkedAt: facts.checkedAt?.toISOString() ?? null,
    link: alertLink(facts, publicUrl),
    facts: factList(facts),
  };
}

/**
 * "Open in apimon": the endpoint's page; for a public service the SPA's public-services page at the
 * target's card (`#target-<key>`, the card's heading id), with its non-OK filter while it is not OK.
 */
export function alertLink(facts: Pick<AlertFacts, 'endpoint' | 'service' | 'status'>, publicUrl: string): string {
  if (facts.endpoint) return `${publicUrl}/endpoints/${facts.endpoint.id}`;
  if (facts.service) {
    const filter = facts.status !== null && facts.status !== 'OK' ? '?not_ok=1' : '';
    return `${publicUrl}/public-services${filter}#target-${encodeURIComponent(facts.service.target)}`;
  }
  return publicUrl;
}

function words(f: AlertFacts, name: string, now: Date): { title: string; text: string } {
  const cause = f.error ? `: ${f.error}` : '';
  switch (f.event) {
    case 'down':
      return { title: `${name} is DOWN`, text: `${name} is DOWN since ${iso(f.since)}${cause}` };
    case 'heartbeat_missed':
      return { title: `${name} missed its heartbeat`, text: `No heartbeat from ${name} since ${iso(f.since)}${cause}` };
    case 'renotify':
      return {
        title: `${name} is still DOWN`,
        text: `${name} has been DOWN for ${formatDuration(now.getTime() - f.since.getTime())}${cause}`,
      };
    case 'recovered': {
      const downtime = f.downtimeMs != null ? ` after ${formatDuration(f.downtimeMs)} of downtime` : '';
      return { title: `${name} is ${f.status ?? 'UP'} again`, text: `${name} recovered${downtime}` };
    }
    case 'degraded':
      return { title: `${name} is DEGRADED`, text: `${name} answers but is degraded${cause}` };
    case 'latency_above':
      return {
        title: `${name} is slow`,
        text: `${name} took more than ${f.latencyThresholdMs} ms for ${f.latencyConsecutive} checks in a row (last: ${f.latencyMs} ms)`,
      };
    case 'certificate_expiring': {
      const left = f.certExpiresAt ? f.certExpiresAt.getTime() - now.getTime() : 0;
      const when = left > 0 ? `in ${formatDuration(left)}` : 'already';
      return {
        title: `${name}'s TLS certificate expires ${when}`,
        text: `The certificate of ${name} expires ${when} (${iso(f.certExpiresAt ?? now)})`,
      };
    }
    case 'flapping':
      return {
        title: `${name} is flapping`,
        text: `${name} changed state ${f.flapChanges} times within ${f.flapWindowMinutes} min; alerts pause until it is stable`,
      };
    case 'stable':
      return { title: `${name} is stable again: ${f.status}`, text: `${name} stopped flapping and is ${f.status}` };
    case 'public_service_status_changed':
      return {
        title: `${name}: ${f.status}`,
        text: `${name} changed from ${f.previousStatus ?? 'unknown'} to ${f.status}${cause}`,
      };
    case 'test':
      return { title: 'apimon test alert', text: 'This is a test message from apimon: this channel works.' };
  }
}

function factList(f: AlertFacts): { label: string; value: string }[] {
  const facts: { label: string; value: string }[] = [];
  if (f.status)
    facts.push({ label: 'Status', value: f.previousStatus ? `${f.previousStatus} → ${f.status}` : f.status });
  facts.push({ label: 'Since', value: iso(f.since) });
  if (f.endpoint?.url) facts.push({ label: 'URL', value: f.endpoint.url });
  if (f.error) facts.push({ label: 'Error', value: f.error });
  if (f.statusCode != null) facts.push({ label: 'HTTP status', value: String(f.statusCode) });
  if (f.latencyMs != null) facts.push({ label: 'Latency', value: `${f.latencyMs} ms` });
  if (f.downtimeMs != null) facts.push({ label: 'Downtime', value: formatDuration(f.downtimeMs) });
  if (f.certExpiresAt) facts.push({ label: 'Certificate expires', value: iso(f.certExpiresAt) });
  return facts;
}

const iso = (d: Date) => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
