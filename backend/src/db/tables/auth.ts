import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Role } from '../../auth/auth.decorators.js';

/** People who sign in. The email is stored lower-cased; the hash never leaves the repository. */
export const users = pgTable(
  'users',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    /** Argon2id (PHC string); null while an invitation is pending. */
    passwordHash: text(),
    role: text().$type<Role>().notNull(),
    disabled: boolean().notNull().default(false),
    /** sha256 of a one-time invitation token (an admin created the user without a password). */
    inviteTokenHash: text(),
    inviteExpiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_lower_unique').on(sql`lower(${t.email})`)],
);

/**
 * A signed-in browser (or client). The access JWT names the session, and the guard reads this row on
 * every request, so revoking it takes effect at once. The refresh token is `<id>.<secret>`; only
 * sha256(secret) is kept, and it changes on every refresh.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey(),
    userId: bigint({ mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    refreshTokenHash: text().notNull(),
    /** The hash the last rotation replaced: honoured for a few seconds (two tabs refreshing at once). */
    previousRefreshTokenHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    refreshedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    /** logout, password_change, disabled, refresh_reuse, … */
    revokedReason: text(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

/** Keys for scripts and CI (`X-API-Key`). Only sha256 of the key is stored, with its visible prefix. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    userId: bigint({ mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull(),
    role: text().$type<Role>().notNull(),
    /** "api": the REST API up to its role; "usage": may report usage pings. */
    scopes: text()
      .array()
      .notNull()
      .default(sql`'{api}'::text[]`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.prefix), index().on(t.userId)],
);

/** Who did what and when: logins, and every successful mutation of the API. Never bodies or secrets. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: bigint({ mode: 'number' }),
    actorApiKeyId: bigint({ mode: 'number' }),
    /** e.g. "auth.login", "POST /api/v1/endpoints". */
    action: text().notNull(),
    entity: text(),
    entityId: text(),
    outcome: text().$type<'success' | 'failure'>().notNull().default('success'),
    ip: text(),
    /** Small non-secret facts (the email a failed login tried, a failure reason). */
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index().on(t.at), index().on(t.actorUserId, t.at), index().on(t.entity, t.at)],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
