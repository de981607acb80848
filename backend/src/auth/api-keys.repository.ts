import { Injectable } from '@nestjs/common';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { apiKeys, users, type ApiKeyRow, type UserRow } from '../db/schema.js';

export type NewApiKeyRow = Pick<ApiKeyRow, 'userId' | 'name' | 'prefix' | 'keyHash' | 'role' | 'scopes' | 'expiresAt'>;
export type ApiKeyWithOwner = ApiKeyRow & { ownerEmail: string };

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async insert(key: NewApiKeyRow): Promise<ApiKeyRow> {
    const [row] = await this.db.insert(apiKeys).values(key).returning();
    return row!;
  }

  /** Live (not revoked) keys with this visible prefix, with their owners. */
  async findByPrefix(prefix: string): Promise<{ key: ApiKeyRow; owner: UserRow }[]> {
    return this.db
      .select({ key: apiKeys, owner: users })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.userId))
      .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt)));
  }

  async findById(id: number): Promise<ApiKeyRow | undefined> {
    const [row] = await this.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    return row;
  }

  /** Not revoked; one user's, or everyone's when userId is undefined. Newest first. */
  async list(options: { userId?: number }): Promise<ApiKeyWithOwner[]> {
    const rows = await this.db
      .select({ key: apiKeys, ownerEmail: users.email })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.userId))
      .where(
        and(isNull(apiKeys.revokedAt), options.userId === undefined ? undefined : eq(apiKeys.userId, options.userId)),
      )
      .orderBy(desc(apiKeys.id));
    return rows.map((r) => ({ ...r.key, ownerEmail: r.ownerEmail }));
  }

  async revoke(id: number, now: Date): Promise<boolean> {
    const rows = await this.db
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    return rows.length === 1;
  }

  /** Writes last_used_at unless it was written less than `minIntervalMs` ago. */
  async touch(id: number, now: Date, minIntervalMs: number): Promise<void> {
    await this.db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiKeys.id, id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - minIntervalMs))),
        ),
      );
  }
}
