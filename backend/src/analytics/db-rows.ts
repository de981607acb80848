import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';

/** Runs a raw statement and returns its rows (node-postgres and PGlite both answer `{ rows }`). */
export async function queryRows<T>(db: Pick<Db, 'execute'>, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

export const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** A PostgreSQL integer array in its text form ('{1,2,30}', '{}'), or an already parsed one. */
export function parseIntArray(value: string | readonly (number | string)[] | null | undefined): number[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'string') return value.map(Number);
  const out: number[] = [];
  let n = 0;
  let digits = false;
  let negative = false;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits = true;
    } else if (c === 45) negative = true;
    else if (digits) {
      out.push(negative ? -n : n);
      n = 0;
      digits = false;
      negative = false;
    }
  }
  return out;
}
