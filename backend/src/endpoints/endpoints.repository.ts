import { Injectable } from '@nestjs/common';
import { and, arrayContains, asc, count, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { EndpointStatus } from '../db/schema.js';
import { InjectDb, type Db } from '../db/database.module.js';
import { selectJsonRows } from '../db/json-rows.js';
import { endpoints, statusOrder, type EndpointRow, type NewEndpointRow } from '../db/schema.js';
import type { EndpointSortKey } from './endpoints.schemas.js';

export interface EndpointListOptions {
  limit: number;
  offset: number;
  statuses?: EndpointStatus[];
  /** Rows carrying every one of these tags. */
  tags?: string[];
  kind?: 'http' | 'push';
  /** Case-insensitive substring of the name. */
  nameContains?: string;
  sort: { key: EndpointSortKey; descending: boolean };
}

/** The name and status orders have indexes of the same expressions (db/tables/endpoints.ts). */
const SORT_COLUMNS = {
  name: sql`lower(${endpoints.name})`,
  status: statusOrder(endpoints.status),
  last_checked_at: endpoints.lastCheckedAt,
  latency: endpoints.lastLatencyMs,
  created_at: endpoints.createdAt,
} as const;

/**
 * The list's ORDER BY. Never-checked endpoints sort last either way; ties go in creation order, which
 * keeps pages stable.
 */
export function listOrder(sort: EndpointListOptions['sort']): SQL[] {
  const column = SORT_COLUMNS[sort.key];
  return [sort.descending ? sql`${column} desc nulls last` : sql`${column} asc nulls last`, asc(endpoints.id)];
}

@Injectable()
export class EndpointsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** One query for the page, one for the total. */
  async list(options: EndpointListOptions): Promise<{ rows: EndpointRow[]; total: number }> {
    const where = this.filter(options);
    const [rows, [counted]] = await Promise.all([
      // As one JSON value: a page of wide rows is several times cheaper to read that way on PGlite.
      selectJsonRows(this.db, endpoints, {
        where,
        orderBy: listOrder(options.sort),
        limit: options.limit,
        offset: options.offset,
      }),
      this.db.select({ total: count() }).from(endpoints).where(where),
    ]);
    return { rows, total: counted?.total ?? 0 };
  }

  private filter(options: EndpointListOptions): SQL | undefined {
    const conditions: SQL[] = [];
    if (options.statuses?.length) conditions.push(inArray(endpoints.status, options.statuses));
    if (options.tags?.length) conditions.push(arrayContains(endpoints.tags, options.tags));
    if (options.kind) conditions.push(eq(endpoints.kind, options.kind));
    if (options.nameContains)
      conditions.push(ilike(endpoints.name, `%${options.nameContains.replace(/[\\%_]/g, '\\$&')}%`));
    return conditions.length ? and(...conditions) : undefined;
  }

  /** Every tag in use with how many endpoints carry it, by name. */
  async tagCounts(): Promise<{ tag: string; count: number }[]> {
    const tag = sql<string>`unnest(${endpoints.tags})`.as('tag');
    const tagged = this.db.select({ tag }).from(endpoints).as('tagged');
    return this.db
      .select({ tag: tagged.tag, count: count() })
      .from(tagged)
      .groupBy(tagged.tag)
      .orderBy(asc(tagged.tag));
  }

  async findById(id: number): Promise<EndpointRow | undefined> {
    const [row] = await this.db.select().from(endpoints).where(eq(endpoints.id, id));
    return row;
  }

  async findManagedBy(managedBy: string): Promise<EndpointRow[]> {
    return this.db.select().from(endpoints).where(eq(endpoints.managedBy, managedBy));
  }

  async insert(values: NewEndpointRow[]): Promise<EndpointRow[]> {
    if (!values.length) return [];
    return this.db.insert(endpoints).values(values).returning();
  }

  async update(id: number, values: Partial<NewEndpointRow>): Promise<EndpointRow | undefined> {
    const [row] = await this.db
      .update(endpoints)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(endpoints.id, id))
      .returning();
    return row;
  }

  /** Inserts and updates in one transaction (the YAML sync); returns the inserted rows. */
  async sync(
    inserts: NewEndpointRow[],
    updates: { id: number; values: Partial<NewEndpointRow> }[],
  ): Promise<EndpointRow[]> {
    return this.db.transaction(async (tx) => {
      for (const { id, values } of updates) {
        await tx
          .update(endpoints)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(endpoints.id, id));
      }
      return inserts.length ? tx.insert(endpoints).values(inserts).returning() : [];
    });
  }

  async delete(id: number): Promise<boolean> {
    const deleted = await this.db.delete(endpoints).where(eq(endpoints.id, id)).returning({ id: endpoints.id });
    return deleted.length > 0;
  }
}
