import { Injectable } from '@nestjs/common';
import { and, eq, isNull } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { sessions, users, type SessionRow, type UserRow } from '../db/schema.js';

export type NewSession = Pick<SessionRow, 'id' | 'userId' | 'refreshTokenHash' | 'expiresAt' | 'ip' | 'userAgent'>;

@Injectable()
export class SessionsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async insert(session: NewSession): Promise<void> {
    await this.db.insert(sessions).values(session);
  }

  /** The session with its user: one query, run by the guard on every bearer request. */
  async findWithUser(id: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const [row] = await this.db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, id));
    return row;
  }

  /**
   * Replaces the refresh hash only if it is still the one presented: of two refreshes racing with the
   * same token, one wins and the other counts as reuse.
   */
  async rotate(id: string, fromHash: string, toHash: string, expiresAt: Date, now: Date): Promise<boolean> {
    const rows = await this.db
      .update(sessions)
      .set({ refreshTokenHash: toHash, previousRefreshTokenHash: fromHash, refreshedAt: now, expiresAt })
      .where(and(eq(sessions.id, id), eq(sessions.refreshTokenHash, fromHash), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    return rows.length === 1;
  }

  async revoke(id: string, reason: string, now: Date): Promise<void> {
    await this.db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  }

  async revokeAllOfUser(userId: number, reason: string, now: Date): Promise<void> {
    await this.db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  }
}
