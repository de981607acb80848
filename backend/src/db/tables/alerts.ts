import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { endpoints } from './endpoints.js';

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

/** What a stored notification is about: the rule events plus the ones apimon adds itself. */
export type AlertEventKind = RuleEvent | 'renotify' | 'flapping' | 'stable' | 'test';

export const RULE_SCOPES = ['endpoint', 'tag', 'all'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export const ALERT_STATUSES = ['pending', 'sent', 'failed', 'suppressed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Where notifications go. `config` is kind-specific; its secret fields are SecretBox-encrypted. */
export const alertChannels = pgTable('alert_channels', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  name: text().notNull(),
  type: text().$type<ChannelType>().notNull(),
  config: jsonb().$type<Record<string, unknown>>().notNull(),
  enabled: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Ties events of one endpoint, of the endpoints with a tag, or of all endpoints to channels. */
export const alertRules = pgTable(
  'alert_rules',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    name: text().notNull(),
    scope: text().$type<RuleScope>().notNull(),
    endpointId: bigint({ mode: 'number' }).references(() => endpoints.id, { onDelete: 'cascade' }),
    tag: text(),
    events: text().array().$type<RuleEvent[]>().notNull(),
    /** `down` only after the endpoint has been DOWN this long (0 = at once). */
    downAfterMinutes: integer().notNull().default(0),
    /** Repeat the DOWN alert this often while still DOWN; null = never. */
    renotifyMinutes: integer(),
    latencyThresholdMs: integer(),
    latencyConsecutive: integer().notNull().default(3),
    certExpiryDays: integer().notNull().default(14),
    /** More than this many state changes within flapWindowMinutes = flapping; null = no damping. */
    flapThreshold: integer(),
    flapWindowMinutes: integer().notNull().default(10),
    enabled: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.endpointId), index().using('gin', t.events)],
);

export const alertRuleChannels = pgTable(
  'alert_rule_channels',
  {
    ruleId: bigint({ mode: 'number' })
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    channelId: bigint({ mode: 'number' })
      .notNull()
      .references(() => alertChannels.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.channelId] }), index().on(t.channelId)],
);

/**
 * The outbox and the alert history in one: each notification is stored (with its rendered payload)
 * before any delivery is tried. `dedupKey` = occurrence + rule + channel, unique, so that any number
 * of backend instances seeing the same event store it once (`insert … on conflict do nothing`).
 */
export const alerts = pgTable(
  'alerts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    dedupKey: text().notNull(),
    event: text().$type<AlertEventKind>().notNull(),
    ruleId: bigint({ mode: 'number' }).references(() => alertRules.id, { onDelete: 'set null' }),
    channelId: bigint({ mode: 'number' }).references(() => alertChannels.id, { onDelete: 'set null' }),
    channelType: text().$type<ChannelType>().notNull(),
    endpointId: bigint({ mode: 'number' }).references(() => endpoints.id, { onDelete: 'set null' }),
    /** The neutral message (title, status, facts) shown in the history. */
    message: jsonb().$type<Record<string, unknown>>().notNull(),
    /** What the channel sends, rendered at enqueue time (destination and secrets are added at send time). */
    payload: jsonb().$type<unknown>().notNull(),
    status: text().$type<AlertStatus>().notNull().default('pending'),
    /** Why it was not sent (maintenance window, flapping). */
    suppressedReason: text(),
    attempts: integer().notNull().default(0),
    /** Due time of the next attempt; while an attempt runs it is the claim's lease expiry. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    /** What the receiver answered on success, e.g. "HTTP 200". */
    deliveryDetail: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.dedupKey),
    index()
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index().on(t.endpointId, t.id.desc()),
    index().on(t.channelId, t.id.desc()),
  ],
);

/**
 * The state changes the alerting has seen (from endpoint_state_changes, live or caught up): since when
 * an endpoint is DOWN, how long it was down, how often it changed within a flap window. Idempotent by
 * state change id; `evaluatedAt` is set once the change's notifications are stored in the outbox.
 */
export const alertStateLog = pgTable(
  'alert_state_log',
  {
    stateChangeId: bigint({ mode: 'number' }).primaryKey(),
    endpointId: bigint({ mode: 'number' })
      .notNull()
      .references(() => endpoints.id, { onDelete: 'cascade' }),
    fromStatus: text().notNull(),
    toStatus: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** The causing check's facts (error, latency, status code), for messages rendered later. */
    check: jsonb().$type<Record<string, unknown> | null>(),
    /** Null until the rules ran over it and its notifications are stored: the catch-up retries those. */
    evaluatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.endpointId, t.at.desc())],
);

/** Per rule and endpoint: the flapping episode in progress, if any. */
export const alertFlapStates = pgTable(
  'alert_flap_states',
  {
    ruleId: bigint({ mode: 'number' })
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    endpointId: bigint({ mode: 'number' })
      .notNull()
      .references(() => endpoints.id, { onDelete: 'cascade' }),
    flappingSince: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.endpointId] })],
);

/**
 * One row (id 1): how far the alerting has evaluated endpoint_state_changes. Every change with
 * id <= watermarkId is evaluated (or predates `startedAt`, the first start: never replayed). The
 * candidate is the next watermark, promoted only after it has aged (see AlertCatchUpService).
 */
export const alertCatchUp = pgTable('alert_catch_up', {
  id: smallint().primaryKey().default(1),
  watermarkId: bigint({ mode: 'number' }).notNull(),
  candidateId: bigint({ mode: 'number' }),
  candidateSince: timestamp({ withTimezone: true }),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type AlertChannelRow = typeof alertChannels.$inferSelect;
export type AlertRuleRow = typeof alertRules.$inferSelect;
export type AlertRow = typeof alerts.$inferSelect;
export type AlertStateLogRow = typeof alertStateLog.$inferSelect;
export type AlertCatchUpRow = typeof alertCatchUp.$inferSelect;
