import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { endpoints } from './endpoints.js';

/**
 * The columns of one rollup bucket (an hour or a UTC day) of one endpoint's check results.
 * Latency figures cover successful checks only. The histogram is sparse: bin numbers (ascending) and
 * their counts, bins as defined in analytics/histogram.ts (log scale, 2 % relative error).
 */
const rollupColumns = () => ({
  endpointId: bigint({ mode: 'number' })
    .notNull()
    .references(() => endpoints.id, { onDelete: 'cascade' }),
  bucketStart: timestamp({ withTimezone: true }).notNull(),
  checks: integer().notNull(),
  okChecks: integer().notNull(),
  degradedChecks: integer().notNull(),
  latencyCount: integer().notNull(),
  latencySumMs: bigint({ mode: 'number' }).notNull(),
  latencyMinMs: integer(),
  latencyMaxMs: integer(),
  histBins: smallint().array().notNull(),
  histCounts: integer().array().notNull(),
});

export const checkRollupsHourly = pgTable('check_rollups_hourly', rollupColumns(), (t) => [
  primaryKey({ columns: [t.endpointId, t.bucketStart] }),
  index().on(t.bucketStart),
]);

export const checkRollupsDaily = pgTable('check_rollups_daily', rollupColumns(), (t) => [
  primaryKey({ columns: [t.endpointId, t.bucketStart] }),
  index().on(t.bucketStart),
]);

/**
 * The open edge: one row per endpoint and hour from the hourly watermark on, summarising only the
 * raw results of [open_from, open_until) (see rollupWatermarks). Rewritten whole by every rollup run,
 * so windows that end now read raw rows only for the last minutes instead of the whole open hour.
 */
export const checkRollupsOpen = pgTable('check_rollups_open', rollupColumns(), (t) => [
  primaryKey({ columns: [t.endpointId, t.bucketStart] }),
]);

/**
 * How far each rollup level is complete: every bucket before `watermark` is rolled up. `open_from`
 * and `open_until` bound the raw range that check_rollups_open covers.
 */
export const rollupWatermarks = pgTable('rollup_watermarks', {
  level: text().$type<'hourly' | 'daily' | 'open_from' | 'open_until'>().primaryKey(),
  watermark: timestamp({ withTimezone: true }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One downtime period of one endpoint (opened and closed by the analytics state-change listener). */
export const incidents = pgTable(
  'incidents',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    endpointId: bigint({ mode: 'number' })
      .notNull()
      .references(() => endpoints.id, { onDelete: 'cascade' }),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    causeKind: text(),
    causeMessage: text(),
    failedChecks: integer().notNull().default(0),
    openedByStateChangeId: bigint({ mode: 'number' }),
    /** The check whose failure made the endpoint DOWN; later failures add to failed_checks. */
    openedByCheckResultId: bigint({ mode: 'number' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.endpointId, t.startedAt),
    index().on(t.startedAt),
    // At most one open incident per endpoint: a repeated DOWN event cannot open a second one.
    uniqueIndex('incidents_one_open_per_endpoint')
      .on(t.endpointId)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

export const MAINTENANCE_RECURRENCES = ['none', 'daily', 'weekly'] as const;

/** A planned window whose time is excluded from uptime and during which alerts are silenced. */
export const maintenanceWindows = pgTable('maintenance_windows', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  title: text().notNull(),
  description: text(),
  /** Which endpoints: all of them, or these ids, or those with any of these tags. */
  allEndpoints: boolean().notNull().default(false),
  endpointIds: bigint({ mode: 'number' })
    .array()
    .notNull()
    .default(sql`'{}'::bigint[]`),
  tags: text()
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  startsAt: timestamp({ withTimezone: true }).notNull(),
  endsAt: timestamp({ withTimezone: true }).notNull(),
  recurrence: text().$type<(typeof MAINTENANCE_RECURRENCES)[number]>().notNull().default('none'),
  timezone: text().notNull().default('UTC'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type RollupRow = typeof checkRollupsHourly.$inferSelect;
export type IncidentRow = typeof incidents.$inferSelect;
export type MaintenanceWindowRow = typeof maintenanceWindows.$inferSelect;
