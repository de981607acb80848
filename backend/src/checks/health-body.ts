import type { JsonBody } from './assertions.js';

export type HealthVerdict = 'UP' | 'DEGRADED' | 'DOWN';

const WORDS: Record<string, HealthVerdict> = {
  pass: 'UP',
  ok: 'UP',
  healthy: 'UP',
  up: 'UP',
  warn: 'DEGRADED',
  degraded: 'DEGRADED',
  fail: 'DOWN',
  unhealthy: 'DOWN',
  down: 'DOWN',
};

/**
 * Reads a health endpoint's JSON body: `{"status":"pass"|"warn"|"fail"}` (IETF application/health+json)
 * and the common variants (ok/healthy/up, degraded, unhealthy/down), case-insensitive. A body without a
 * recognised status is DOWN with a reason: a health check that cannot be read is not healthy.
 */
export function readHealthBody(json: JsonBody): { verdict: HealthVerdict; message: string | null } {
  if (!json.ok) return { verdict: 'DOWN', message: `health body: ${json.message}` };
  const status = (json.value as { status?: unknown } | null)?.status;
  if (typeof status !== 'string') return { verdict: 'DOWN', message: 'health body has no "status" string' };
  const verdict = WORDS[status.trim().toLowerCase()];
  if (!verdict) return { verdict: 'DOWN', message: `health body status "${status}" is not recognised` };
  return { verdict, message: verdict === 'UP' ? null : `health body status is "${status}"` };
}
