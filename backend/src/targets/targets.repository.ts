import { Injectable } from '@nestjs/common';
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import {
  targets,
  targetServices,
  targetStatusChanges,
  type TargetErrorKind,
  type TargetRow,
  type TargetServiceRow,
  type TargetStatusChangeRow,
} from '../db/schema.js';
import type { SnapshotPlan } from './status-changes.js';
import type { ServiceEntry } from './unified-status.js';

export type NewTarget = Pick<TargetRow, 'name' | 'kind' | 'baseUrl' | 'intervalSeconds' | 'enabled' | 'managedBy'>;
export type TargetPatch = Partial<Pick<TargetRow, 'kind' | 'baseUrl' | 'intervalSeconds' | 'enabled' | 'managedBy'>>;

export interface SuccessWrite {
  overall: ServiceEntry;
  plan: SnapshotPlan;
  validators: { etag: string | null; lastModified: string | null };
  at: Date;
}

/** The only SQL of the targets domain. */
@Injectable()
export class TargetsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  list(options: { enabledOnly?: boolean } = {}): Promise<TargetRow[]> {
    return this.db
      .select()
      .from(targets)
      .where(options.enabledOnly ? eq(targets.enabled, true) : undefined)
      .orderBy(asc(targets.name));
  }

  async find(name: string): Promise<TargetRow | undefined> {
    const [row] = await this.db.select().from(targets).where(eq(targets.name, name));
    return row;
  }

  /** Inserts; returns undefined when the name is taken. */
  async insert(target: NewTarget): Promise<TargetRow | undefined> {
    const [row] = await this.db.insert(targets).values(target).onConflictDoNothing().returning();
    return row;
  }

  async update(name: string, patch: TargetPatch, now: Date): Promise<TargetRow | undefined> {
    const [row] = await this.db
      .update(targets)
      .set({ ...patch, updatedAt: now })
      .where(eq(targets.name, name))
      .returning();
    return row;
  }

  async delete(name: string): Promise<boolean> {
    const rows = await this.db.delete(targets).where(eq(targets.name, name)).returning({ id: targets.id });
    return rows.length > 0;
  }

  /** Config-managed targets whose names the config no longer lists. */
  async deleteConfigManagedExcept(names: string[]): Promise<string[]> {
    const rows = await this.db
      .delete(targets)
      .where(and(eq(targets.managedBy, 'config'), names.length ? notInArray(targets.name, names) : undefined))
      .returning({ name: targets.name });
    return rows.map((r) => r.name);
  }

  /** Enabled targets whose interval has elapsed since their last attempt. */
  due(now: Date): Promise<TargetRow[]> {
    return this.db
      .select()
      .from(targets)
      .where(
        and(
          eq(targets.enabled, true),
          or(
            isNull(targets.lastAttemptAt),
            lte(
              targets.lastAttemptAt,
              sql`${now.toISOString()}::timestamptz - make_interval(secs => ${targets.intervalSeconds})`,
            ),
          ),
        ),
      )
      .orderBy(asc(targets.lastAttemptAt), asc(targets.name));
  }

  /** Current services of some targets (all when ids is undefined), one query. */
  services(targetIds?: number[]): Promise<TargetServiceRow[]> {
    if (targetIds && targetIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(targetServices)
      .where(targetIds ? inArray(targetServices.targetId, targetIds) : undefined)
      .orderBy(asc(targetServices.targetId), asc(targetServices.name));
  }

  /** Stores a successful collection: target state, services, changes; one transaction. */
  async saveSuccess(target: TargetRow, write: SuccessWrite): Promise<TargetStatusChangeRow[]> {
    const { overall, plan, validators, at } = write;
    return this.db.transaction(async (tx) => {
      await tx
        .update(targets)
        .set({
          displayName: overall.name,
          overallStatus: overall.status,
          overallDimensions: overall.dimensions,
          lastTimestamp: overall.lastTimestamp ?? at,
          etag: validators.etag,
          lastModified: validators.lastModified,
          lastAttemptAt: at,
          lastSuccessAt: at,
          consecutiveFailures: 0,
          updatedAt: at,
        })
        .where(eq(targets.id, target.id));
      if (plan.removed.length) {
        await tx
          .delete(targetServices)
          .where(and(eq(targetServices.targetId, target.id), inArray(targetServices.name, plan.removed)));
      }
      if (plan.services.length) {
        await tx
          .insert(targetServices)
          .values(
            plan.services.map((s) => ({
              targetId: target.id,
              name: s.name,
              status: s.status,
              dimensions: s.dimensions,
              lastTimestamp: s.lastTimestamp,
              statusSince: s.statusSince,
              seenAt: at,
            })),
          )
          .onConflictDoUpdate({
            target: [targetServices.targetId, targetServices.name],
            set: {
              status: sql`excluded.status`,
              dimensions: sql`excluded.dimensions`,
              lastTimestamp: sql`excluded.last_timestamp`,
              statusSince: sql`excluded.status_since`,
              seenAt: sql`excluded.seen_at`,
            },
          });
      }
      if (!plan.changes.length) return [];
      return tx
        .insert(targetStatusChanges)
        .values(
          plan.changes.map((c) => ({
            targetId: target.id,
            service: c.service,
            fromStatus: c.from,
            toStatus: c.to,
            maintenance: c.maintenance,
            at,
          })),
        )
        .returning();
    });
  }

  /** 304 Not Modified: the stored statuses are still current. */
  async saveNotModified(targetId: number, at: Date): Promise<void> {
    await this.db
      .update(targets)
      .set({ lastAttemptAt: at, lastSuccessAt: at, consecutiveFailures: 0, updatedAt: at })
      .where(eq(targets.id, targetId));
    await this.db.update(targetServices).set({ seenAt: at }).where(eq(targetServices.targetId, targetId));
  }

  /** Records a failure without touching the last known statuses; returns the new failure streak. */
  async saveFailure(targetId: number, kind: TargetErrorKind, message: string, at: Date): Promise<number> {
    const [row] = await this.db
      .update(targets)
      .set({
        lastAttemptAt: at,
        lastError: message,
        lastErrorKind: kind,
        lastErrorAt: at,
        consecutiveFailures: sql`${targets.consecutiveFailures} + 1`,
        failuresTotal: sql`${targets.failuresTotal} + 1`,
        formatErrorsTotal: kind === 'format' ? sql`${targets.formatErrorsTotal} + 1` : targets.formatErrorsTotal,
        updatedAt: at,
      })
      .where(eq(targets.id, targetId))
      .returning({ consecutiveFailures: targets.consecutiveFailures });
    return row?.consecutiveFailures ?? 0;
  }

  /** Service names with history (including ones no longer listed), case-insensitively matched. */
  async findServiceName(targetId: number, name: string): Promise<string | undefined> {
    const lower = name.toLowerCase();
    const [current] = await this.db
      .select({ name: targetServices.name })
      .from(targetServices)
      .where(and(eq(targetServices.targetId, targetId), sql`lower(${targetServices.name}) = ${lower}`))
      .limit(1);
    if (current) return current.name;
    const [past] = await this.db
      .select({ name: targetStatusChanges.service })
      .from(targetStatusChanges)
      .where(and(eq(targetStatusChanges.targetId, targetId), sql`lower(${targetStatusChanges.service}) = ${lower}`))
      .limit(1);
    return past?.name ?? undefined;
  }

  /**
   * Changes of some services of one target within [from, to], plus each service's last change
   * before `from` (its status when the range begins). service undefined = every service.
   */
  async changes(
    targetId: number,
    options: { service?: string; from: Date; to: Date },
  ): Promise<{ before: TargetStatusChangeRow[]; within: TargetStatusChangeRow[] }> {
    const serviceFilter =
      options.service === undefined
        ? sql`${targetStatusChanges.service} is not null`
        : eq(targetStatusChanges.service, options.service);
    const within = await this.db
      .select()
      .from(targetStatusChanges)
      .where(
        and(
          eq(targetStatusChanges.targetId, targetId),
          serviceFilter,
          gte(targetStatusChanges.at, options.from),
          lte(targetStatusChanges.at, options.to),
        ),
      )
      .orderBy(asc(targetStatusChanges.at), asc(targetStatusChanges.id));
    const before = await this.db
      .selectDistinctOn([targetStatusChanges.service])
      .from(targetStatusChanges)
      .where(and(eq(targetStatusChanges.targetId, targetId), serviceFilter, lt(targetStatusChanges.at, options.from)))
      .orderBy(asc(targetStatusChanges.service), desc(targetStatusChanges.at), desc(targetStatusChanges.id));
    return { before, within };
  }
}
