import type { EndpointRow } from '../db/schema.js';
import type { Assertion, CheckTarget, HttpMethod } from './check-target.js';

/** A stored endpoint as the probe needs it; `decrypt` opens secret header values (`enc:v1:…`). */
export function toCheckTarget(row: EndpointRow, decrypt: (stored: string) => string): CheckTarget {
  return {
    url: row.url ?? '',
    method: row.method as HttpMethod,
    headers: row.headers.map((h) => ({
      name: h.name,
      value: h.value.startsWith('enc:v1:') ? decrypt(h.value) : h.value,
    })),
    body: row.body,
    contentType: row.contentType,
    timeoutMs: row.timeoutMs,
    expectedStatus: row.expectedStatus,
    assertions: row.assertions as Assertion[],
    healthBody: row.healthBody,
    retries: row.retries,
    degradedAboveMs: row.degradedAboveMs,
    followRedirects: row.followRedirects,
    verifyTls: row.verifyTls,
  };
}

/** The key of the per-host concurrency limit. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
