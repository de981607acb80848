/** Wire types of the analytics routes (snake_case, as the backend's stats.schemas.ts maps them). */
export type Period = '1h' | '24h' | '7d' | '30d' | '90d' | '1y';

export interface CheckWire {
  id: number;
  checked_at: string;
  ok: boolean;
  degraded: boolean;
  status_code: number | null;
  latency_ms: number | null;
  error_kind: string | null;
  error_message: string | null;
}

export interface UptimeStats {
  endpoint_id: number;
  endpoint_name: string;
  period: string;
  from: string;
  to: string;
  uptime_percentage: number | null;
  check_uptime_percentage: number | null;
  total_checks: number;
  successful_checks: number;
  failed_checks: number;
  degraded_seconds: number;
  downtime_seconds: number;
  incidents: number;
  average_response_time: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  min_ms: number | null;
  max_ms: number | null;
  last_check: CheckWire | null;
}

export interface LatencyPoint {
  t: string;
  count: number;
  failures: number;
  avg_ms: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  min_ms: number | null;
  max_ms: number | null;
}

export interface LatencySeries {
  endpoint_id: number;
  period: string;
  bucket_seconds: number;
  exact_percentiles: boolean;
  points: LatencyPoint[];
}

export interface DailyUptime {
  date: string;
  uptime_percentage: number | null;
  check_uptime_percentage: number | null;
  total_checks: number;
  failed_checks: number;
  downtime_seconds: number;
  degraded_seconds: number;
  incidents: number;
}

export interface OverviewRow {
  endpoint_id: number;
  endpoint_name: string;
  status: string;
  uptime_percentage: number | null;
  check_uptime_percentage: number | null;
  total_checks: number;
  failed_checks: number;
  avg_ms: number | null;
  p95_ms: number | null;
  incidents: number;
  /** Columns of equal length, one entry per bucket from `start`. */
  sparkline: { start: string; bucket_seconds: number; count: number[]; failures: number[]; avg_ms: (number | null)[] };
}

export interface Incident {
  id: number;
  endpoint_id: number;
  endpoint_name: string;
  started_at: string;
  resolved_at: string | null;
  duration_seconds: number;
  cause: { kind: string | null; message: string | null } | null;
  failed_checks: number;
}

export interface SlaRow {
  endpoint_id: number;
  endpoint_name: string;
  target_percentage: number | null;
  uptime_percentage: number | null;
  allowed_downtime_minutes: number | null;
  actual_downtime_minutes: number;
  incidents: number;
  breached: boolean;
}

export type Recurrence = 'none' | 'daily' | 'weekly';

export interface MaintenanceWindow {
  id: number;
  title: string;
  description: string | null;
  all: boolean;
  endpoint_ids: number[];
  tags: string[];
  starts_at: string;
  ends_at: string;
  recurrence: Recurrence;
  timezone: string;
  active_now: boolean;
}

export interface MaintenanceInput {
  title: string;
  description?: string | null;
  all?: boolean;
  endpoint_ids?: number[];
  tags?: string[];
  starts_at: string;
  ends_at: string;
  recurrence: Recurrence;
  timezone: string;
}
