import type { AlertMessage } from './alert-message.js';

export const TEMPLATE_PLACEHOLDERS = [
  'endpoint_name',
  'url',
  'status',
  'previous_status',
  'error',
  'latency_ms',
  'checked_at',
  'link',
  'event',
  'title',
  'text',
] as const;

const PATTERN = /\{([a-z_]+)\}/g;

/** The values a template can use: strings JSON-escaped (null → empty), `latency_ms` a number or null. */
function values(message: AlertMessage): Record<string, string> {
  const text = (v: string | null) => JSON.stringify(v ?? '').slice(1, -1);
  return {
    endpoint_name: text(message.endpointName),
    url: text(message.url),
    status: text(message.status),
    previous_status: text(message.previousStatus),
    error: text(message.error),
    latency_ms: message.latencyMs === null ? 'null' : String(message.latencyMs),
    checked_at: text(message.checkedAt),
    link: text(message.link),
    event: text(message.event),
    title: text(message.title),
    text: text(message.text),
  };
}

/** Fills a user template: known `{placeholders}` are replaced, any other braces are left alone. */
export function fillTemplate(template: string, message: AlertMessage): string {
  const v = values(message);
  return template.replace(PATTERN, (whole, name: string) => v[name] ?? whole);
}

/** Why a template cannot be used (unknown placeholder, not JSON once filled), or null when it is fine. */
export function templateProblem(template: string, sample: AlertMessage): string | null {
  const unknown = [...template.matchAll(PATTERN)]
    .map((m) => m[1]!)
    .filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length)
    return `unknown placeholder {${unknown[0]}}; use ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
  for (const latencyMs of [null, 123]) {
    try {
      JSON.parse(fillTemplate(template, { ...sample, latencyMs }));
    } catch (error) {
      return `must be JSON once the placeholders are filled in (${(error as Error).message})`;
    }
  }
  return null;
}

/** The documented default payload of the generic webhook (snake_case, stable). */
export function defaultWebhookPayload(message: AlertMessage) {
  return {
    event: message.event,
    severity: message.severity,
    title: message.title,
    text: message.text,
    endpoint:
      message.endpointId === null ? null : { id: message.endpointId, name: message.endpointName, url: message.url },
    status: message.status,
    previous_status: message.previousStatus,
    since: message.since,
    error: message.error,
    latency_ms: message.latencyMs,
    checked_at: message.checkedAt,
    link: message.link,
    facts: message.facts,
  };
}
