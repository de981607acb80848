import type { AlertEventKind, EndpointStatus, RuleEvent, RuleScope } from '../db/schema.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The parts of a rule the decisions need. */
export interface RuleSpec {
  id: number;
  scope: RuleScope;
  endpointId: number | null;
  tag: string | null;
  events: RuleEvent[];
  downAfterMinutes: number;
  renotifyMinutes: number | null;
  latencyThresholdMs: number | null;
  latencyConsecutive: number;
  certExpiryDays: number;
  flapThreshold: number | null;
  flapWindowMinutes: number;
}

export function ruleApplies(
  rule: Pick<RuleSpec, 'scope' | 'endpointId' | 'tag'>,
  endpoint: { id: number; tags: string[] },
) {
  if (rule.scope === 'all') return true;
  if (rule.scope === 'endpoint') return rule.endpointId === endpoint.id;
  return rule.tag !== null && endpoint.tags.includes(rule.tag);
}

export interface StateChangeFacts {
  from: EndpointStatus;
  to: EndpointStatus;
  at: Date;
  /** 'missed' = a heartbeat did not arrive. */
  errorKind: string | null;
  /** When the endpoint went DOWN, for a change out of DOWN (null when unknown). */
  downSince: Date | null;
}

/** A DOWN caused by a missed heartbeat goes to rules that want either `heartbeat_missed` or `down`. */
const isMissed = (c: { errorKind: string | null }) => c.errorKind === 'missed';

/**
 * The event a state change is for this rule, or null when the rule stays quiet now. A delayed `down`
 * (downAfterMinutes > 0) is null here: the timed evaluation sends it once the delay has passed.
 */
export function eventForStateChange(rule: RuleSpec, change: StateChangeFacts): AlertEventKind | null {
  const has = (event: RuleEvent) => rule.events.includes(event);
  if (change.to === 'DOWN') {
    if (change.from === 'DOWN') return null;
    if (isMissed(change) && has('heartbeat_missed')) return 'heartbeat_missed';
    if (!has('down') || rule.downAfterMinutes > 0) return null;
    return isMissed(change) ? 'heartbeat_missed' : 'down';
  }
  if (change.from === 'DOWN' && (change.to === 'UP' || change.to === 'DEGRADED')) {
    if (has('recovered') && downWasAlerted(rule, change)) return 'recovered';
    return change.to === 'DEGRADED' && has('degraded') ? 'degraded' : null;
  }
  if (change.to === 'DEGRADED' && change.from !== 'DEGRADED' && has('degraded')) return 'degraded';
  return null;
}

/** A recovery closes a thread only if its DOWN was (or, for rules without `down`, might have been) sent. */
function downWasAlerted(rule: RuleSpec, change: StateChangeFacts): boolean {
  if (!rule.events.includes('down') || rule.downAfterMinutes === 0 || isMissed(change)) return true;
  if (!change.downSince) return true;
  return change.at.getTime() - change.downSince.getTime() >= rule.downAfterMinutes * MINUTE_MS;
}

export interface DownEpisode {
  stateChangeId: number;
  since: Date;
  errorKind: string | null;
}

export interface TimedAlert {
  event: 'down' | 'heartbeat_missed' | 'renotify';
  /** The occurrence part of the outbox key: the same for every instance that computes it. */
  occurrence: string;
  /** When it became due. */
  at: Date;
}

/** What the timed evaluation owes for an endpoint still DOWN at `now`: a delayed DOWN and/or a re-notification. */
export function dueWhileDown(rule: RuleSpec, down: DownEpisode, now: Date): TimedAlert[] {
  const missedAlone = isMissed(down) && rule.events.includes('heartbeat_missed');
  if (!missedAlone && !rule.events.includes('down')) return [];
  const delayMs = missedAlone ? 0 : rule.downAfterMinutes * MINUTE_MS;
  const firstAt = down.since.getTime() + delayMs;
  if (now.getTime() < firstAt) return [];
  const due: TimedAlert[] = [];
  if (delayMs > 0) {
    due.push({
      event: isMissed(down) ? 'heartbeat_missed' : 'down',
      occurrence: `sc:${down.stateChangeId}`,
      at: new Date(firstAt),
    });
  }
  if (rule.renotifyMinutes) {
    const everyMs = rule.renotifyMinutes * MINUTE_MS;
    const round = Math.floor((now.getTime() - firstAt) / everyMs);
    if (round >= 1) {
      due.push({
        event: 'renotify',
        occurrence: `renotify:${down.stateChangeId}:${round}`,
        at: new Date(firstAt + round * everyMs),
      });
    }
  }
  return due;
}

/**
 * The delayed DOWN (downAfterMinutes > 0) an episode ending at `endedAt` was owed, or null: the episode
 * lasted the delay. The timed evaluation may not have run in between (its tick, or the database was
 * down); this lets the recovery store it first under the same key.
 */
export function delayedDownOwed(
  rule: RuleSpec,
  down: { stateChangeId: number; at: Date; check: Record<string, unknown> | null },
  endedAt: Date,
): TimedAlert | null {
  const errorKind = (down.check?.errorKind as string | undefined) ?? null;
  const due = dueWhileDown(rule, { stateChangeId: down.stateChangeId, since: down.at, errorKind }, endedAt);
  return due.find((d) => d.event !== 'renotify') ?? null;
}

/**
 * Whether a slow streak starts with the newest check: the newest `consecutive` latencies are all above
 * the threshold and the one before them was not (so one streak gives one alert). Newest first.
 */
export function latencyStreakStarts(latenciesNewestFirst: (number | null)[], thresholdMs: number, consecutive: number) {
  if (latenciesNewestFirst.length < consecutive) return false;
  const slow = (ms: number | null | undefined) => ms !== null && ms !== undefined && ms > thresholdMs;
  return latenciesNewestFirst.slice(0, consecutive).every(slow) && !slow(latenciesNewestFirst[consecutive]);
}

/** Whether a certificate expires within `days` of `now` (or has expired already). */
export function certificateExpiring(expiresAt: Date, now: Date, days: number): boolean {
  return expiresAt.getTime() - now.getTime() <= days * DAY_MS;
}

/**
 * Public services have no endpoint: default rules take them all, tag rules match the target's key
 * (`github`) or `target/service` (`github/Actions`), case-insensitively; endpoint rules never match.
 */
export function ruleAppliesToService(
  rule: Pick<RuleSpec, 'scope' | 'tag'>,
  service: { target: string; service: string | null },
): boolean {
  if (rule.scope === 'all') return true;
  if (rule.scope !== 'tag' || !rule.tag) return false;
  const tag = rule.tag.toLowerCase();
  return (
    tag === service.target.toLowerCase() ||
    (service.service !== null && tag === `${service.target}/${service.service}`.toLowerCase())
  );
}

/** A first observation (from null) is no change worth telling. */
export const serviceChangeNotifies = (from: string | null, to: string) => from !== null && from !== to;
