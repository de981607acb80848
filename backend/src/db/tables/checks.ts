import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { endpoints } from './endpoints.js';

export const ERROR_KINDS = [
  'timeout',
  'dns',
  'refused',
  'reset',
  'tls',
  'status',
  'assertion',
  'too_large',
  'blocked',
  'missed',
  'other',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One final outcome of a check (retries included). Kept RAW_RETENTION_DAYS; analytics rolls it up. */
export const checkResults = pgTable(
  'check_results',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    endpointId: bigint({ mode: 'number' })
      .notNull()
      .references(() => endpoints.id, { onDelete: 'cascade' }),
    checkedAt: timestamp({ withTimezone: true }).notNull(),
    ok: boolean().notNull(),
    /** The check passed but was slow or a health body said warn: counts as up. */
    degraded: boolean().notNull().default(false),
    statusCode: smallint(),
    latencyMs: integer(),
    dnsMs: integer(),
    connectMs: integer(),
    tlsMs: integer(),
    ttfbMs: integer(),
    sizeBytes: integer(),
    errorKind: text().$type<ErrorKind>(),
    errorMessage: text(),
    attempts: smallint().notNull().default(1),
    /** Which assertions failed, TLS certificate facts, and similar optional detail. */
    details: jsonb().$type<Record<string, unknown>>(),
    certExpiresAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.endpointId, t.checkedAt.desc()),
    index().on(t.checkedAt),
    // Analytics: "the latest failures" without scanning every success (failures are rare).
    index('check_results_failures_index')
      .on(t.checkedAt.desc())
      .where(sql`not ${t.ok}`),
  ],
);

/** Every transition of the per-endpoint state machine (PENDING → UP, UP → DOWN, … and PAUSED). */
export const endpointStateChanges = pgTable(
  'endpoint_state_changes',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    endpointId: bigint({ mode: 'number' })
      .notNull()
      .references(() => endpoints.id, { onDelete: 'cascade' }),
    fromStatus: text().notNull(),
    toStatus: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    reason: text(),
    /** The result that caused it (null for pause/resume). */
    checkResultId: bigint({ mode: 'number' }),
  },
  (t) => [index().on(t.endpointId, t.at)],
);

export type CheckResultRow = typeof checkResults.$inferSelect;
export type EndpointStateChangeRow = typeof endpointStateChanges.$inferSelect;
