import { Injectable } from '@nestjs/common';
import { and, asc, count, eq, gt, ne, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { users, type UserRow } from '../db/schema.js';
import type { Role } from './auth.decorators.js';

export type NewUser = Pick<UserRow, 'email' | 'name' | 'role'> &
  Partial<Pick<UserRow, 'passwordHash' | 'inviteTokenHash' | 'inviteExpiresAt'>>;
export type UserChanges = Partial<
  Pick<UserRow, 'name' | 'role' | 'disabled' | 'passwordHash' | 'inviteTokenHash' | 'inviteExpiresAt' | 'lastLoginAt'>
>;

// Arbitrary but fixed: concurrent first-run setups serialise on this key.
const SETUP_LOCK_KEY = 7_411_003_772;

@Injectable()
export class UsersRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  async any(): Promise<boolean> {
    const rows = await this.db.select({ id: users.id }).from(users).limit(1);
    return rows.length > 0;
  }

  /**
   * Inserts the user only while the table is empty, under a transaction-scoped advisory lock: of two
   * concurrent first-run setups exactly one creates the admin. Returns null when a user already exists.
   */
  async insertFirst(user: NewUser): Promise<UserRow | null> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
      const existing = await tx.select({ id: users.id }).from(users).limit(1);
      if (existing.length) return null;
      const [row] = await tx.insert(users).values(user).returning();
      return row!;
    });
  }

  /** Null when the email is taken (case-insensitively). */
  async insert(user: NewUser): Promise<UserRow | null> {
    const [row] = await this.db.insert(users).values(user).onConflictDoNothing().returning();
    return row ?? null;
  }

  async findById(id: number): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    return row;
  }

  async findByInviteHash(hash: string, now: Date): Promise<UserRow | undefined> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(and(eq(users.inviteTokenHash, hash), gt(users.inviteExpiresAt, now)));
    return row;
  }

  async list(): Promise<UserRow[]> {
    return this.db.select().from(users).orderBy(asc(users.id));
  }

  async update(id: number, changes: UserChanges): Promise<UserRow | undefined> {
    const [row] = await this.db
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    return row;
  }

  /** Enabled admins other than this user: the last one may not be demoted or disabled. */
  async countOtherActiveAdmins(exceptId: number): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin' as Role), eq(users.disabled, false), ne(users.id, exceptId)));
    return row!.n;
  }
}
