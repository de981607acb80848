import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const ENDPOINT_STATUSES = ['UP', 'DOWN', 'DEGRADED', 'PAUSED', 'PENDING'] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];

/** A monitored API (kind http), or a heartbeat monitor that pings us (kind push, usage issue). */
export const endpoints = pgTable(
  'endpoints',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    kind: text().$type<'http' | 'push'>().notNull().default('http'),
    name: text().notNull(),
    description: text(),
    url: text(),
    method: text().notNull().default('GET'),
    /** [{name, value, secret}]; secret values (Authorization, Cookie, marked) are encrypted at rest. */
    headers: jsonb().$type<{ name: string; value: string; secret: boolean }[]>().notNull().default([]),
    body: text(),
    contentType: text(),
    intervalSeconds: integer().notNull().default(60),
    timeoutMs: integer().notNull().default(10_000),
    /** e.g. ["200-299", 304]. */
    expectedStatus: jsonb().$type<(string | number)[]>().notNull().default(['200-399']),
    assertions: jsonb().$type<unknown[]>().notNull().default([]),
    healthBody: boolean().notNull().default(false),
    retries: smallint().notNull().default(1),
    failureThreshold: smallint().notNull().default(1),
    successThreshold: smallint().notNull().default(1),
    degradedAboveMs: integer(),
    followRedirects: boolean().notNull().default(true),
    verifyTls: boolean().notNull().default(true),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isActive: boolean().notNull().default(true),
    /** Set when the endpoint comes from the YAML config file: read-only through the API. */
    managedBy: text(),
    slaTarget: real(),
    status: text().$type<EndpointStatus>().notNull().default('PENDING'),
    statusSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastCheckedAt: timestamp({ withTimezone: true }),
    lastLatencyMs: integer(),
    /** Consecutive results counting towards the thresholds of the state machine. */
    consecutiveFailures: integer().notNull().default(0),
    consecutiveSuccesses: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.status), index().using('gin', t.tags)],
);

export type EndpointRow = typeof endpoints.$inferSelect;
