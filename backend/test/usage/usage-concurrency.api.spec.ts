import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { Agent, request } from 'undici';
import { createTestApp, type TestApp } from '../app.js';

const CLIENTS = 50;
const CALLS_EACH = 200;

describe('usage counting under concurrency, over real HTTP', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it(`counts ${CLIENTS} clients × ${CALLS_EACH} parallel updates exactly`, { timeout: 600_000 }, async () => {
    await t
      .http()
      .post('/api/v1/usage/tags')
      .set(await t.auth('editor'))
      .send({ name: 'busy', anonymous_updates: true })
      .expect(201);
    // One connection per client, all open at once.
    const agent = new Agent({ connections: CLIENTS, pipelining: 1 });
    const seen: number[] = [];
    const failures: number[] = [];
    try {
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let i = 0; i < CALLS_EACH; i++) {
            const res = await request(`${base}/update?tag=busy`, { dispatcher: agent });
            const text = await res.body.text();
            if (res.statusCode === 200) seen.push(Number(text));
            else failures.push(res.statusCode);
          }
        }),
      );
    } finally {
      await agent.close();
    }
    const total = CLIENTS * CALLS_EACH;
    expect(failures).toEqual([]);
    // Every caller got a distinct count: 1 … 10,000 each exactly once.
    expect(new Set(seen).size).toBe(total);
    expect(Math.min(...seen)).toBe(1);
    expect(Math.max(...seen)).toBe(total);
    const get = await t
      .http()
      .get('/api/v1/usage/tags')
      .set(await t.auth())
      .expect(200);
    expect(get.body.data.find((x: { name: string }) => x.name === 'busy').use_count).toBe(total);
    const rows = await t.database.db.execute(
      sql`select count(*)::int as n, count(distinct seq)::int as seqs from usage_events e join usage_tags t on t.id = e.tag_id where t.name = 'busy'`,
    );
    expect((rows as unknown as { rows: { n: number; seqs: number }[] }).rows[0]).toEqual({ n: total, seqs: total });
  });
});
