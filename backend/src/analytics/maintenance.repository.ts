import { Injectable } from '@nestjs/common';
import { and, asc, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { endpoints, maintenanceWindows, type MaintenanceWindowRow } from '../db/schema.js';

export type MaintenanceWindowValues = Omit<MaintenanceWindowRow, 'id' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class MaintenanceRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  list(): Promise<MaintenanceWindowRow[]> {
    return this.db
      .select()
      .from(maintenanceWindows)
      .orderBy(asc(maintenanceWindows.startsAt), asc(maintenanceWindows.id));
  }

  async get(id: number): Promise<MaintenanceWindowRow | undefined> {
    const [row] = await this.db.select().from(maintenanceWindows).where(eq(maintenanceWindows.id, id));
    return row;
  }

  async insert(values: MaintenanceWindowValues): Promise<MaintenanceWindowRow> {
    const [row] = await this.db.insert(maintenanceWindows).values(values).returning();
    return row!;
  }

  async update(id: number, values: MaintenanceWindowValues, now: Date): Promise<MaintenanceWindowRow | undefined> {
    const [row] = await this.db
      .update(maintenanceWindows)
      .set({ ...values, updatedAt: now })
      .where(eq(maintenanceWindows.id, id))
      .returning();
    return row;
  }

  async delete(id: number): Promise<boolean> {
    const rows = await this.db
      .delete(maintenanceWindows)
      .where(eq(maintenanceWindows.id, id))
      .returning({ id: maintenanceWindows.id });
    return rows.length > 0;
  }

  /** Windows that can overlap [from, to): started before `to`, and recurring or not yet ended at `from`. */
  overlapping(from: Date, to: Date, endpoint?: { id: number; tags: string[] }): Promise<MaintenanceWindowRow[]> {
    const m = maintenanceWindows;
    const target = endpoint
      ? or(
          eq(m.allEndpoints, true),
          sql`${endpoint.id} = any(${m.endpointIds})`,
          endpoint.tags.length ? sql`${m.tags} && ${sql.param(endpoint.tags)}::text[]` : undefined,
        )
      : undefined;
    return this.db
      .select()
      .from(m)
      .where(and(lt(m.startsAt, to), or(ne(m.recurrence, 'none'), gt(m.endsAt, from)), target))
      .orderBy(asc(m.id));
  }

  /** Which of these ids name no endpoint. */
  async missingEndpointIds(ids: number[]): Promise<number[]> {
    if (!ids.length) return [];
    const found = await this.db.select({ id: endpoints.id }).from(endpoints).where(inArray(endpoints.id, ids));
    const known = new Set(found.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }
}
