import { bigint, bigserial, boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A usage counter that services ping (`/update?tag=NAME`); names follow USAGE_TAG_NAME in usage/. */
export const usageTags = pgTable(
  'usage_tags',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    name: text().notNull(),
    useCount: bigint({ mode: 'number' }).notNull().default(0),
    lastUsedAt: timestamp({ withTimezone: true }),
    /** Inactive tags refuse updates and hide their count and history from the compatible API. */
    isActive: boolean().notNull().default(true),
    /** Accepts `update` pings that carry no API key (counting only: create/get/history still need one). */
    anonymousUpdates: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.name)],
);

/**
 * One row per counted use. `seq` is the tag's count right after that use (1, 2, 3 …): unique per tag
 * because the count and this row are written by one statement, so it doubles as an exact page cursor.
 */
export const usageEvents = pgTable(
  'usage_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    tagId: bigint({ mode: 'number' })
      .notNull()
      .references(() => usageTags.id, { onDelete: 'cascade' }),
    seq: bigint({ mode: 'number' }).notNull(),
    usedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.tagId, t.seq), index().on(t.tagId, t.usedAt)],
);

export type UsageTagRow = typeof usageTags.$inferSelect;
export type UsageEventRow = typeof usageEvents.$inferSelect;
