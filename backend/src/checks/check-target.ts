import type { ErrorKind } from '../db/schema.js';

/**
 * The contract between the endpoints module (which validates and stores definitions) and the check
 * engine (which runs them). The same shapes are the stored `endpoints.assertions` jsonb and the
 * snake_case wire format (their keys are single words, so they are identical on the wire).
 */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type Assertion =
  | { type: 'body_contains'; value: string }
  | { type: 'body_matches'; pattern: string; flags?: string }
  | { type: 'json_path'; path: string; op: 'equals' | 'exists' | 'one_of'; value?: unknown; values?: unknown[] }
  | { type: 'header'; name: string; op: 'equals' | 'matches'; value: string }
  /** Breaking it makes the check DEGRADED, not failed. */
  | { type: 'response_time_below'; ms: number };

/** Everything one HTTP check needs, secrets already decrypted. Built from a row or an unsaved body. */
export interface CheckTarget {
  url: string;
  method: HttpMethod;
  headers: { name: string; value: string }[];
  body: string | null;
  contentType: string | null;
  timeoutMs: number;
  /** e.g. ["200-299", 304] */
  expectedStatus: (string | number)[];
  assertions: Assertion[];
  healthBody: boolean;
  retries: number;
  degradedAboveMs: number | null;
  followRedirects: boolean;
  verifyTls: boolean;
}

/**
 * A result that did not come from our own HTTP probe (a heartbeat ping, a missed heartbeat). The check
 * engine's exported ChecksService.recordExternalResult(endpointId, result) stores it, runs the state
 * machine and emits the same events as for a probe result.
 */
export interface ExternalCheckResult {
  checkedAt: Date;
  ok: boolean;
  degraded?: boolean;
  latencyMs?: number | null;
  errorKind?: ErrorKind | null;
  errorMessage?: string | null;
  details?: Record<string, unknown> | null;
}
