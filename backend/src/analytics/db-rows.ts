import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';

/** Runs a raw statement and returns its rows (node-postgres and PGlite both answer `{ rows }`). */
export async function queryRows<T>(db: Pick<Db, 'execute'>, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

export const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
