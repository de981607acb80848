import { Injectable } from '@nestjs/common';
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { rowsOf } from '../db/raw-rows.js';
import { usageEvents, usageTags, type UsageTagRow } from '../db/schema.js';
import type { UsageUse } from './usage-history.js';

export type SeriesBucket = 'hour' | 'day';

@Injectable()
export class UsageRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Inserts a tag unless the name is taken; null when it was. */
  async create(values: { name: string; anonymousUpdates?: boolean }): Promise<UsageTagRow | null> {
    const [row] = await this.db.insert(usageTags).values(values).onConflictDoNothing().returning();
    return row ?? null;
  }

  /**
   * Counts one use of an active tag and records it in its history, in one statement (so 10,000 parallel
   * calls count exactly 10,000). `anonymousOnly` limits it to tags accepting key-less pings.
   * Returns the new count, or null when no such tag accepted it.
   */
  async countUse(name: string, anonymousOnly: boolean): Promise<number | null> {
    const result = await this.db.execute(sql`
      with counted as (
        update ${usageTags}
        set use_count = use_count + 1, last_used_at = clock_timestamp()
        where name = ${name} and is_active ${anonymousOnly ? sql`and anonymous_updates` : sql``}
        returning id, use_count, last_used_at
      ), recorded as (
        insert into ${usageEvents} (tag_id, seq, used_at) select id, use_count, last_used_at from counted
      )
      select use_count::text as count from counted`);
    const [row] = rowsOf<{ count: string }>(result);
    return row ? Number(row.count) : null;
  }

  async findByName(name: string): Promise<UsageTagRow | null> {
    const [row] = await this.db.select().from(usageTags).where(eq(usageTags.name, name));
    return row ?? null;
  }

  async findById(id: number): Promise<UsageTagRow | null> {
    const [row] = await this.db.select().from(usageTags).where(eq(usageTags.id, id));
    return row ?? null;
  }

  async list(): Promise<UsageTagRow[]> {
    return this.db.select().from(usageTags).orderBy(asc(usageTags.name));
  }

  /** The newest `limit` uses of a tag with a number below `beforeSeq`, oldest first. */
  async uses(tagId: number, options: { limit: number; beforeSeq?: number }): Promise<UsageUse[]> {
    const rows = await this.db
      .select({ seq: usageEvents.seq, usedAt: usageEvents.usedAt })
      .from(usageEvents)
      .where(
        and(
          eq(usageEvents.tagId, tagId),
          options.beforeSeq === undefined ? undefined : lt(usageEvents.seq, options.beforeSeq),
        ),
      )
      .orderBy(desc(usageEvents.seq))
      .limit(options.limit);
    return rows.reverse();
  }

  async update(
    id: number,
    values: Partial<Pick<UsageTagRow, 'name' | 'isActive' | 'anonymousUpdates'>>,
  ): Promise<UsageTagRow | null> {
    const [row] = await this.db
      .update(usageTags)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(usageTags.id, id))
      .returning();
    return row ?? null;
  }

  /** Deletes a tag and (by cascade) its whole history. */
  async delete(id: number): Promise<boolean> {
    const rows = await this.db.delete(usageTags).where(eq(usageTags.id, id)).returning({ id: usageTags.id });
    return rows.length > 0;
  }

  /** Uses per UTC hour or day in [from, to): only buckets that have uses, oldest first. */
  async series(tagId: number, bucket: SeriesBucket, from: Date, to: Date): Promise<{ at: Date; count: number }[]> {
    const result = await this.db.execute(sql`
      select date_trunc(${bucket}, used_at, 'UTC') as at, count(*)::int as count
      from ${usageEvents}
      where tag_id = ${tagId} and used_at >= ${from.toISOString()} and used_at < ${to.toISOString()}
      group by 1 order by 1`);
    return rowsOf<{ at: Date | string; count: number }>(result).map((r) => ({ at: new Date(r.at), count: r.count }));
  }
}
