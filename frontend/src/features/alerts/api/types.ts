/** The wire shapes of /api/v1/alert-channels, /alert-rules and /alerts (snake_case, as the backend sends them). */
export const CHANNEL_TYPES = ['email', 'slack', 'webhook', 'telegram', 'discord', 'teams', 'pagerduty'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const RULE_EVENTS = [
  'down',
  'recovered',
  'degraded',
  'latency_above',
  'certificate_expiring',
  'heartbeat_missed',
  'public_service_status_changed',
] as const;
export type RuleEvent = (typeof RULE_EVENTS)[number];

export const ALERT_STATUSES = ['pending', 'sent', 'failed', 'suppressed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertChannel {
  id: number;
  name: string;
  type: ChannelType;
  /** Kind-specific; secrets come back as "********". */
  config: Record<string, unknown>;
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

export interface ChannelBody {
  name: string;
  type: ChannelType;
  config: Record<string, unknown>;
  enabled: boolean;
}

export interface TestResult {
  status: 'delivered' | 'failed';
  detail: string | null;
  error: string | null;
  duration_ms: number;
}

export interface AlertRule {
  id: number;
  name: string;
  scope: 'endpoint' | 'tag' | 'all';
  endpoint_id: number | null;
  tag: string | null;
  events: RuleEvent[];
  channel_ids: number[];
  down_after_minutes: number;
  renotify_minutes: number | null;
  latency_threshold_ms: number | null;
  latency_consecutive: number;
  cert_expiry_days: number;
  flap_threshold: number | null;
  flap_window_minutes: number;
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

export type RuleBody = Omit<AlertRule, 'id' | 'created_at' | 'updated_at'>;

export interface AlertItem {
  id: number;
  event: string;
  endpoint_id: number | null;
  endpoint_name: string | null;
  rule_id: number | null;
  channel_id: number | null;
  channel_name: string | null;
  channel_type: ChannelType;
  title: string;
  text: string;
  severity: 'critical' | 'warning' | 'info' | 'resolved';
  status: AlertStatus;
  suppressed_reason: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  delivery_detail: string | null;
  occurred_at: string;
  created_at: string;
  sent_at: string | null;
}

export interface AlertPage {
  items: AlertItem[];
  next_before_id: number | null;
}

export const MASK = '********';
