import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Unified public-status values (see targets/unified-status.ts). */
type UnifiedStatus = 'OK' | 'Degraded' | 'Outage' | 'Unknown';
type Dimensions = { rawStatus: string | number | null; [detail: string]: unknown };

/** What went wrong with the last failed collection. */
export const TARGET_ERROR_KINDS = ['fetch', 'unparseable', 'format'] as const;
export type TargetErrorKind = (typeof TARGET_ERROR_KINDS)[number];

/**
 * A public status source (GitHub, any Statuspage, an AWS feed, …): its configuration and the state
 * of its collection. `name` is a lower-case slug, the key of the public API (`/api/status/github`).
 */
export const targets = pgTable('targets', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  name: text().notNull().unique(),
  kind: text().notNull(),
  baseUrl: text().notNull(),
  intervalSeconds: integer().notNull().default(60),
  enabled: boolean().notNull().default(true),
  /** builtin (shipped defaults), config (the YAML file: read-only through the API) or api. */
  managedBy: text().$type<'builtin' | 'config' | 'api'>().notNull().default('api'),
  /** The provider-level entry as last collected. */
  displayName: text(),
  overallStatus: text().$type<UnifiedStatus>().notNull().default('Unknown'),
  overallDimensions: jsonb().$type<Dimensions>(),
  lastTimestamp: timestamp({ withTimezone: true }),
  /** Validators of the last successful response, for conditional requests. */
  etag: text(),
  lastModified: text(),
  lastAttemptAt: timestamp({ withTimezone: true }),
  lastSuccessAt: timestamp({ withTimezone: true }),
  lastError: text(),
  lastErrorKind: text().$type<TargetErrorKind>(),
  lastErrorAt: timestamp({ withTimezone: true }),
  /** Reset by a success; at 3 the target's services are served Unknown and stale. */
  consecutiveFailures: integer().notNull().default(0),
  failuresTotal: integer().notNull().default(0),
  /** Responses whose shape no longer matched the vendor's format, counted apart from other failures. */
  formatErrorsTotal: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** The last known status of every service of a target (kept as is when a collection fails). */
export const targetServices = pgTable(
  'target_services',
  {
    targetId: bigint({ mode: 'number' })
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    status: text().$type<UnifiedStatus>().notNull(),
    dimensions: jsonb().$type<Dimensions>().notNull(),
    /** The vendor's own time of the entry, when it gives one. */
    lastTimestamp: timestamp({ withTimezone: true }),
    statusSince: timestamp({ withTimezone: true }).notNull(),
    seenAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.name] })],
);

/** Every status change of a service, or of the provider-level entry (service null). */
export const targetStatusChanges = pgTable(
  'target_status_changes',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    targetId: bigint({ mode: 'number' })
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    service: text(),
    /** null on the first observation. */
    fromStatus: text().$type<UnifiedStatus>(),
    toStatus: text().$type<UnifiedStatus>().notNull(),
    maintenance: boolean().notNull().default(false),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.targetId, t.service, t.at), index().on(t.at)],
);

export type TargetRow = typeof targets.$inferSelect;
export type TargetServiceRow = typeof targetServices.$inferSelect;
export type TargetStatusChangeRow = typeof targetStatusChanges.$inferSelect;
