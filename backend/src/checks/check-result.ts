import type { ErrorKind } from '../db/schema.js';

/** One final outcome of a check (after retries), as the engine produces it. */
export interface CheckResult {
  checkedAt: Date;
  ok: boolean;
  degraded: boolean;
  statusCode: number | null;
  latencyMs: number | null;
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  ttfbMs: number | null;
  sizeBytes: number | null;
  errorKind: ErrorKind | null;
  errorMessage: string | null;
  attempts: number;
  details: Record<string, unknown> | null;
  certExpiresAt: Date | null;
}

export interface StoredCheckResult extends CheckResult {
  id: number;
  endpointId: number;
}
