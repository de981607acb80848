import type { EndpointRow } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint, seedHistory } from '../factories/analytics.js';

const MIN = 60_000;

describe('GET /api/v1/reports/sla', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let strict: EndpointRow;
  let lax: EndpointRow;
  const from = new Date('2026-10-01T00:00:00Z');
  const to = new Date('2026-10-02T00:00:00Z');

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    headers = await t.auth('viewer');
    strict = await makeEndpoint(t.database.db, {
      name: 'payments, "core"',
      slaTarget: 99.9,
      createdAt: new Date(from.getTime() - MIN),
    });
    lax = await makeEndpoint(t.database.db, {
      name: 'blog',
      slaTarget: null,
      createdAt: new Date(from.getTime() - MIN),
    });
    // 10 minutes down in one day: 99.306 %, over the 1.44 minutes 99.9 % allows.
    await seedHistory(t.app, t.database.db, strict, {
      from,
      to,
      intervalSeconds: 120,
      down: [{ startMinute: 600, minutes: 10 }],
    });
    await seedHistory(t.app, t.database.db, lax, { from, to, intervalSeconds: 300 });
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const range = `from=${from.toISOString()}&to=${to.toISOString()}`;

  it('reports target, achieved, allowed vs actual downtime, incidents and breached per endpoint', async () => {
    const res = await t.http().get(`/api/v1/reports/sla?${range}`).set(headers).expect(200);
    expect(res.body.endpoints).toEqual([
      {
        endpoint_id: strict.id,
        endpoint_name: 'payments, "core"',
        target_percentage: 99.9,
        uptime_percentage: 99.306,
        allowed_downtime_minutes: 1.44,
        actual_downtime_minutes: 10,
        incidents: 1,
        breached: true,
      },
      {
        endpoint_id: lax.id,
        endpoint_name: 'blog',
        target_percentage: null,
        uptime_percentage: 100,
        allowed_downtime_minutes: null,
        actual_downtime_minutes: 0,
        incidents: 0,
        breached: false,
      },
    ]);
  });

  it.each([
    ['?format=csv', {}],
    ['', { Accept: 'text/csv' }],
  ])('answers CSV for %s %j', async (query, extra) => {
    const res = await t
      .http()
      .get(`/api/v1/reports/sla?${range}${query.replace('?', '&')}`)
      .set({ ...headers, ...extra })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('attachment; filename="sla-custom.csv"');
    expect(res.text.split('\r\n')).toEqual([
      'endpoint_id,endpoint_name,target_percentage,uptime_percentage,allowed_downtime_minutes,actual_downtime_minutes,incidents,breached',
      `${strict.id},"payments, ""core""",99.9,99.306,1.44,10,1,true`,
      `${lax.id},blog,,100,,0,0,false`,
      '',
    ]);
  });

  it('takes month=YYYY-MM and refuses bad input', async () => {
    const res = await t.http().get('/api/v1/reports/sla?month=2026-10').set(headers).expect(200);
    expect(res.body).toMatchObject({
      period: '2026-10',
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
    });
    for (const [query, field] of [
      ['month=2026-13', 'month'],
      ['month=last', 'month'],
      ['from=2026-10-01T00:00:00Z', 'to'],
      ['from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z', 'from'],
      ['format=xml', 'format'],
    ]) {
      const bad = await t.http().get(`/api/v1/reports/sla?${query}`).set(headers).expect(400);
      expect(bad.body.error.details[0].field).toBe(field);
    }
  });
});
