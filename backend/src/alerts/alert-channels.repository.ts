import { Injectable } from '@nestjs/common';
import { asc, eq, inArray } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import { alertChannels, type AlertChannelRow, type ChannelType } from '../db/schema.js';

export interface ChannelWrite {
  name: string;
  type: ChannelType;
  /** Secrets already encrypted. */
  config: Record<string, unknown>;
  enabled: boolean;
}

@Injectable()
export class AlertChannelsRepository {
  constructor(@InjectDb() private readonly db: Db) {}

  list(): Promise<AlertChannelRow[]> {
    return this.db.select().from(alertChannels).orderBy(asc(alertChannels.id));
  }

  async get(id: number): Promise<AlertChannelRow | undefined> {
    const [row] = await this.db.select().from(alertChannels).where(eq(alertChannels.id, id));
    return row;
  }

  getMany(ids: number[]): Promise<AlertChannelRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.select().from(alertChannels).where(inArray(alertChannels.id, ids));
  }

  async insert(values: ChannelWrite): Promise<AlertChannelRow> {
    const [row] = await this.db.insert(alertChannels).values(values).returning();
    return row!;
  }

  async update(id: number, values: ChannelWrite): Promise<AlertChannelRow | undefined> {
    const [row] = await this.db
      .update(alertChannels)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(alertChannels.id, id))
      .returning();
    return row;
  }

  async delete(id: number): Promise<boolean> {
    const rows = await this.db
      .delete(alertChannels)
      .where(eq(alertChannels.id, id))
      .returning({ id: alertChannels.id });
    return rows.length > 0;
  }
}
