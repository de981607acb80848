import { Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { settings } from '../db/schema.js';

@Injectable()
export class SystemRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  /** Stores the value only if the key is new; returns the stored value either way. */
  async getOrInsert<T>(key: string, value: T): Promise<T> {
    await this.db.insert(settings).values({ key, value }).onConflictDoNothing();
    const [row] = await this.db.select().from(settings).where(eq(settings.key, key));
    return row!.value as T;
  }
}
