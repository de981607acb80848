import type { AlertRule, RuleBody, RuleEvent } from './api/types';

export const EVENT_LABELS: Record<RuleEvent, string> = {
  down: 'Down',
  recovered: 'Recovered',
  degraded: 'Degraded',
  latency_above: 'Latency above a threshold',
  certificate_expiring: 'Certificate expiring',
  heartbeat_missed: 'Heartbeat missed',
  public_service_status_changed: 'Public service status changed',
};

export interface RuleFormValues {
  name: string;
  scope: 'all' | 'endpoint' | 'tag';
  endpointId: string;
  tag: string;
  events: RuleEvent[];
  channelIds: number[];
  downAfterMinutes: string;
  renotifyMinutes: string;
  latencyThresholdMs: string;
  latencyConsecutive: string;
  certExpiryDays: string;
  flapThreshold: string;
  flapWindowMinutes: string;
  enabled: boolean;
}

export const emptyRule = (endpointId?: number): RuleFormValues => ({
  name: '',
  scope: endpointId === undefined ? 'all' : 'endpoint',
  endpointId: endpointId === undefined ? '' : String(endpointId),
  tag: '',
  events: ['down', 'recovered'],
  channelIds: [],
  downAfterMinutes: '0',
  renotifyMinutes: '',
  latencyThresholdMs: '',
  latencyConsecutive: '3',
  certExpiryDays: '14',
  flapThreshold: '',
  flapWindowMinutes: '10',
  enabled: true,
});

export function toRuleFormValues(rule: AlertRule): RuleFormValues {
  const s = (v: number | null) => (v === null ? '' : String(v));
  return {
    name: rule.name,
    scope: rule.scope,
    endpointId: s(rule.endpoint_id),
    tag: rule.tag ?? '',
    events: rule.events,
    channelIds: rule.channel_ids,
    downAfterMinutes: String(rule.down_after_minutes),
    renotifyMinutes: s(rule.renotify_minutes),
    latencyThresholdMs: s(rule.latency_threshold_ms),
    latencyConsecutive: String(rule.latency_consecutive),
    certExpiryDays: String(rule.cert_expiry_days),
    flapThreshold: s(rule.flap_threshold),
    flapWindowMinutes: String(rule.flap_window_minutes),
    enabled: rule.enabled,
  };
}

/** Maps wire field names to the form's, to show the server's errors on the right field. */
export const RULE_FIELD_OF: Record<string, keyof RuleFormValues> = {
  name: 'name',
  scope: 'scope',
  endpoint_id: 'endpointId',
  tag: 'tag',
  events: 'events',
  channel_ids: 'channelIds',
  down_after_minutes: 'downAfterMinutes',
  renotify_minutes: 'renotifyMinutes',
  latency_threshold_ms: 'latencyThresholdMs',
  latency_consecutive: 'latencyConsecutive',
  cert_expiry_days: 'certExpiryDays',
  flap_threshold: 'flapThreshold',
  flap_window_minutes: 'flapWindowMinutes',
};

type Errors = Partial<Record<keyof RuleFormValues, string>>;

/** The form as the API body, or the errors per field (the server's rules). */
export function toRuleBody(v: RuleFormValues): { body: RuleBody; errors: null } | { body: null; errors: Errors } {
  const errors: Errors = {};
  const int = (key: keyof RuleFormValues, min: number, max: number, optional: boolean): number | null => {
    const raw = String(v[key]).trim();
    if (!raw) {
      if (!optional) errors[key] = 'is required';
      return null;
    }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) errors[key] = `must be a whole number from ${min} to ${max}`;
    return n;
  };
  if (!v.name.trim()) errors.name = 'is required';
  if (!v.events.length) errors.events = 'needs at least one event';
  if (!v.channelIds.length) errors.channelIds = 'needs at least one channel';
  const endpointId = v.scope === 'endpoint' ? int('endpointId', 1, Number.MAX_SAFE_INTEGER, false) : null;
  if (v.scope === 'tag' && !v.tag.trim()) errors.tag = 'is required for scope tag';
  const latencyThresholdMs = int('latencyThresholdMs', 1, 600_000, !v.events.includes('latency_above'));
  const body: RuleBody = {
    name: v.name.trim(),
    scope: v.scope,
    endpoint_id: endpointId,
    tag: v.scope === 'tag' ? v.tag.trim() : null,
    events: v.events,
    channel_ids: v.channelIds,
    down_after_minutes: int('downAfterMinutes', 0, 10_080, false) ?? 0,
    renotify_minutes: int('renotifyMinutes', 1, 10_080, true),
    latency_threshold_ms: latencyThresholdMs,
    latency_consecutive: int('latencyConsecutive', 1, 100, false) ?? 3,
    cert_expiry_days: int('certExpiryDays', 1, 365, false) ?? 14,
    flap_threshold: int('flapThreshold', 1, 100, true),
    flap_window_minutes: int('flapWindowMinutes', 1, 1_440, false) ?? 10,
    enabled: v.enabled,
  };
  return Object.keys(errors).length ? { body: null, errors } : { body, errors: null };
}

/** "Down after 5 min, re-notify every 30 min" — what a rule does, in one line for the list. */
export function describeRule(rule: AlertRule): string {
  const parts = rule.events.map((e) => {
    if (e === 'down' && rule.down_after_minutes > 0) return `down for ${rule.down_after_minutes} min`;
    if (e === 'latency_above') return `latency > ${rule.latency_threshold_ms} ms ×${rule.latency_consecutive}`;
    if (e === 'certificate_expiring') return `certificate ≤ ${rule.cert_expiry_days} d`;
    return EVENT_LABELS[e].toLowerCase();
  });
  if (rule.renotify_minutes) parts.push(`re-notify every ${rule.renotify_minutes} min`);
  if (rule.flap_threshold) parts.push(`flapping > ${rule.flap_threshold} in ${rule.flap_window_minutes} min`);
  return parts.join(', ');
}
