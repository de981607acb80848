import type { Database } from '../../src/db/database.js';
import { endpoints, type EndpointRow } from '../../src/db/schema.js';

export type NewEndpoint = typeof endpoints.$inferInsert;

let sequence = 0;

/** An endpoint row to insert, with overrides: `makeEndpoint({ url, intervalSeconds: 5 })`. */
export function makeEndpoint(overrides: Partial<NewEndpoint> = {}): NewEndpoint {
  sequence++;
  return {
    name: `endpoint ${sequence}`,
    url: `http://127.0.0.1:9/health/${sequence}`,
    method: 'GET',
    intervalSeconds: 60,
    timeoutMs: 2_000,
    retries: 0,
    ...overrides,
  };
}

export async function insertEndpoints(database: Database, rows: NewEndpoint[]): Promise<EndpointRow[]> {
  const out: EndpointRow[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    out.push(
      ...(await database.db
        .insert(endpoints)
        .values(rows.slice(i, i + 500))
        .returning()),
    );
  }
  return out;
}

export async function insertEndpoint(database: Database, overrides: Partial<NewEndpoint> = {}): Promise<EndpointRow> {
  const [row] = await insertEndpoints(database, [makeEndpoint(overrides)]);
  return row!;
}
