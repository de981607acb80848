import { Injectable } from '@nestjs/common';
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { auditLog, users, type AuditRow } from '../db/schema.js';

export type NewAuditEntry = Omit<AuditRow, 'id' | 'at' | 'outcome'> & Partial<Pick<AuditRow, 'at' | 'outcome'>>;
export type AuditEntry = AuditRow & { actorEmail: string | null };

export interface AuditFilter {
  actorUserId?: number;
  entity?: string;
  from?: Date;
  to?: Date;
  /** Entries with a smaller id (the next page). */
  beforeId?: number;
  limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    await this.db.insert(auditLog).values(entry);
  }

  /** Newest first. */
  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    const rows = await this.db
      .select({ entry: auditLog, actorEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(
        and(
          filter.actorUserId === undefined ? undefined : eq(auditLog.actorUserId, filter.actorUserId),
          filter.entity === undefined ? undefined : eq(auditLog.entity, filter.entity),
          filter.from === undefined ? undefined : gte(auditLog.at, filter.from),
          filter.to === undefined ? undefined : lte(auditLog.at, filter.to),
          filter.beforeId === undefined ? undefined : lt(auditLog.id, filter.beforeId),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(filter.limit);
    return rows.map((r) => ({ ...r.entry, actorEmail: r.actorEmail }));
  }
}
