/**
 * The /api/v1 wire types used by the screens, hand-kept from issue 4's contract (snake_case JSON).
 * One place: when the backend changes a field, this file and the mappers beside the features change.
 */

export const ENDPOINT_STATUSES = ['UP', 'DOWN', 'DEGRADED', 'PAUSED', 'PENDING'] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type EndpointKind = 'http' | 'push';

export interface HeaderWire {
  name: string;
  /** Masked by the server for secret headers (Authorization, Cookie, marked ones). */
  value: string;
  secret?: boolean;
}

export type AssertionWire =
  | { type: 'body_contains'; value: string }
  | { type: 'body_matches'; pattern: string; flags?: string }
  | { type: 'json_path'; path: string; op: 'equals' | 'exists' | 'one_of'; value?: unknown; values?: unknown[] }
  | { type: 'header'; name: string; op: 'equals' | 'matches'; value: string }
  | { type: 'response_time_below'; ms: number };

/** What POST/PUT /api/v1/endpoints take (and the dry run). */
export interface EndpointInputWire {
  kind?: EndpointKind;
  name: string;
  description?: string | null;
  url?: string | null;
  method?: HttpMethod;
  headers?: HeaderWire[];
  body?: string | null;
  content_type?: string | null;
  /** Seconds. */
  interval?: number;
  /** Seconds (0.1–60). */
  timeout?: number;
  expected_status?: (string | number)[];
  assertions?: AssertionWire[];
  health_body?: boolean;
  retries?: number;
  failure_threshold?: number;
  success_threshold?: number;
  degraded_above_ms?: number | null;
  follow_redirects?: boolean;
  verify_tls?: boolean;
  tags?: string[];
  is_active?: boolean;
  /** Percent (0–100) the analytics judge uptime against; null = none. */
  sla_target?: number | null;
  /** Push (heartbeat) monitors: either a period or a cron expression in a timezone. */
  period_seconds?: number | null;
  cron?: string | null;
  timezone?: string | null;
  grace_seconds?: number | null;
}

export interface EndpointWire extends Required<Omit<EndpointInputWire, 'kind'>> {
  id: number;
  kind: EndpointKind;
  managed_by: string | null;
  status: EndpointStatus;
  status_since: string;
  last_checked_at: string | null;
  last_latency_ms: number | null;
  created_at: string;
  updated_at: string;
  /** Push monitors only, once saved; null for viewers (its token lets anyone post pings). */
  ping_url?: string | null;
  last_ping_at?: string | null;
}

export interface EndpointListWire {
  endpoints: EndpointWire[];
  total: number;
}

/** Endpoints per status, counted by the server: `totals` of GET /api/v1/stats/summary. */
export interface StatusTotalsWire {
  total: number;
  up: number;
  down: number;
  degraded: number;
  paused: number;
  pending: number;
}

export type ErrorKind =
  | 'timeout'
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls'
  | 'status'
  | 'assertion'
  | 'too_large'
  | 'blocked'
  | 'missed'
  | 'other';

export interface CheckResultWire {
  id?: number;
  endpoint_id?: number;
  checked_at: string;
  ok: boolean;
  degraded: boolean;
  status_code: number | null;
  latency_ms: number | null;
  dns_ms: number | null;
  connect_ms: number | null;
  tls_ms: number | null;
  ttfb_ms: number | null;
  size_bytes: number | null;
  error_kind: ErrorKind | null;
  error_message: string | null;
  attempts: number;
  cert_expires_at: string | null;
  /** Which assertions failed, TLS facts and similar optional detail. */
  details?: Record<string, unknown> | null;
}

export interface CheckListWire {
  checks: CheckResultWire[];
  next_before: string | null;
}

/**
 * GET /api/v1/events (SSE) sends `state` {changes:[{endpoint_id, from, to, at, reason}]}, `checks`
 * {checks:[{endpoint_id, status, latency_ms, checked_at}]} and `endpoint` {changes:[{endpoint_id, change, at}]};
 * features/endpoints/live-updates.ts reads them defensively (unknown shapes are ignored).
 */
