import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { selectJsonRows } from '../../src/db/json-rows.js';
import { endpoints } from '../../src/db/schema.js';
import { createTestDatabase } from '../database.js';

/** selectJsonRows must answer exactly what db.select().from(table) answers, on either driver. */
describe('selectJsonRows', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await db.insert(endpoints).values([
      {
        name: 'quotes " and \\ backslash, ünïcødé ✓, new\nline',
        url: 'https://example.test/a?b=1&c="2"',
        headers: [{ name: 'X-Key', value: 'v"1', secret: true }],
        expectedStatus: ['200-299', 304],
        assertions: [{ kind: 'json_path', path: '$.status', op: 'equals', value: 'healthy' }],
        tags: ['a', 'b c', 'd"e', 'ünï'],
        slaTarget: 99.9,
        status: 'UP',
        lastCheckedAt: new Date('2026-11-30T10:00:00.123Z'),
        lastLatencyMs: 42,
        degradedAboveMs: 800,
      },
      { name: 'empty', url: 'http://127.0.0.1:9/', status: 'PENDING', tags: [], description: null },
      { name: 'Bravo', url: 'http://127.0.0.1:9/b', status: 'DOWN', isActive: false, description: '' },
    ]);
    // Microseconds, which both paths truncate to the millisecond.
    await db.execute(sql`update endpoints set status_since = '2026-11-30 10:00:00.123456+00' where name = 'Bravo'`);
  });
  afterAll(async () => {
    await database.close();
  });

  it('gives the rows of db.select(), every column mapped the same way', async () => {
    const db = database.db;
    const expected = await db.select().from(endpoints).orderBy(asc(endpoints.id));
    const rows = await selectJsonRows(db, endpoints, { orderBy: [asc(endpoints.id)] });
    expect(rows).toEqual(expected);
    expect(rows[0]!.lastCheckedAt).toBeInstanceOf(Date);
    expect(rows[0]!.headers).toEqual([{ name: 'X-Key', value: 'v"1', secret: true }]);
    expect(rows[2]!.statusSince!.toISOString()).toBe('2026-11-30T10:00:00.123Z');
  });

  it('applies where, order, limit and offset, and answers in that order', async () => {
    const db = database.db;
    const byName = [asc(sql`lower(${endpoints.name})`), asc(endpoints.id)];
    const names = async (q: Parameters<typeof selectJsonRows>[2]) =>
      (await selectJsonRows(db, endpoints, q)).map((r) => r.name);
    expect(await names({ orderBy: byName })).toEqual(['Bravo', 'empty', expect.stringMatching(/^quotes/)]);
    expect(await names({ orderBy: [desc(endpoints.name)], limit: 2 })).toEqual([
      expect.stringMatching(/^quotes/),
      'empty',
    ]);
    expect(await names({ orderBy: byName, limit: 1, offset: 1 })).toEqual(['empty']);
    expect(await names({ where: eq(endpoints.isActive, false), orderBy: byName })).toEqual(['Bravo']);
    expect(await names({ where: eq(endpoints.name, 'nobody'), orderBy: byName })).toEqual([]);
  });
});
