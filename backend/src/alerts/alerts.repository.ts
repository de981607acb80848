import { Injectable } from '@nestjs/common';
import { and, asc, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { alertChannels, alerts, type AlertRow, type AlertStatus } from '../db/schema.js';

export type NewAlert = Omit<typeof alerts.$inferInsert, 'id' | 'createdAt'>;

export interface AlertFilter {
  endpointId?: number;
  channelId?: number;
  ruleId?: number;
  status?: AlertStatus;
  beforeId?: number;
  limit: number;
}

export type AlertListRow = AlertRow & { channelName: string | null };

@Injectable()
export class AlertsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Stores notifications; one already stored under the same dedup key is left alone. Returns the new rows' ids. */
  async enqueue(rows: NewAlert[]): Promise<number[]> {
    if (!rows.length) return [];
    const inserted = await this.db
      .insert(alerts)
      .values(rows)
      .onConflictDoNothing({ target: alerts.dedupKey })
      .returning({ id: alerts.id });
    return inserted.map((r) => r.id);
  }

  /**
   * Claims due pending notifications for one attempt: counts the attempt and pushes the due time to
   * the lease's end, so a crashed sender's rows come back by themselves. `FOR UPDATE SKIP LOCKED`
   * lets instances sharing the database claim disjoint rows in one statement.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<AlertRow[]> {
    const due = this.db
      .select({ id: alerts.id })
      .from(alerts)
      .where(and(eq(alerts.status, 'pending'), lte(alerts.nextAttemptAt, now)))
      .orderBy(asc(alerts.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.db
      .update(alerts)
      .set({ attempts: sql`${alerts.attempts} + 1`, nextAttemptAt: leaseUntil })
      .where(and(inArray(alerts.id, due), eq(alerts.status, 'pending')))
      .returning();
  }

  async markSent(id: number, at: Date, detail: string): Promise<void> {
    await this.db
      .update(alerts)
      .set({ status: 'sent', sentAt: at, deliveryDetail: detail, lastError: null })
      .where(and(eq(alerts.id, id), eq(alerts.status, 'pending')));
  }

  async markRetry(id: number, nextAttemptAt: Date, error: string): Promise<void> {
    await this.db
      .update(alerts)
      .set({ nextAttemptAt, lastError: error })
      .where(and(eq(alerts.id, id), eq(alerts.status, 'pending')));
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.db
      .update(alerts)
      .set({ status: 'failed', lastError: error })
      .where(and(eq(alerts.id, id), eq(alerts.status, 'pending')));
  }

  /** The history, newest first, keyset-paginated by id. */
  list(filter: AlertFilter): Promise<AlertListRow[]> {
    const where = and(
      filter.endpointId === undefined ? undefined : eq(alerts.endpointId, filter.endpointId),
      filter.channelId === undefined ? undefined : eq(alerts.channelId, filter.channelId),
      filter.ruleId === undefined ? undefined : eq(alerts.ruleId, filter.ruleId),
      filter.status === undefined ? undefined : eq(alerts.status, filter.status),
      filter.beforeId === undefined ? undefined : lt(alerts.id, filter.beforeId),
    );
    return this.db
      .select({ alert: alerts, channelName: alertChannels.name })
      .from(alerts)
      .leftJoin(alertChannels, eq(alertChannels.id, alerts.channelId))
      .where(where)
      .orderBy(desc(alerts.id))
      .limit(filter.limit)
      .then((rows) => rows.map((r) => ({ ...r.alert, channelName: r.channelName })));
  }
}
