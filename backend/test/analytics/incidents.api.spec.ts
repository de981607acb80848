import { EventEmitter2 } from '@nestjs/event-emitter';
import { CHECK_COMPLETED, type CheckCompletedEvent } from '../../src/checks/check.events.js';
import type { CheckResultRow, EndpointRow } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { changeState, insertChecks, makeEndpoint } from '../factories/analytics.js';

const MIN = 60_000;

/** One check a minute from `start`: "+" ok, "-" a timeout. */
function pattern(endpoint: EndpointRow, start: number, text: string) {
  return [...text].map((c, k) => ({
    endpointId: endpoint.id,
    checkedAt: new Date(start + k * MIN),
    ok: c === '+',
    latencyMs: c === '+' ? 80 : null,
    errorKind: c === '+' ? null : ('timeout' as const),
    errorMessage: c === '+' ? null : `no answer within 10 s (check ${k})`,
  }));
}

describe('incidents', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let endpoint: EndpointRow;
  let checks: CheckResultRow[];
  const start = Date.now() - 60 * MIN;

  beforeAll(async () => {
    t = await createTestApp({ ROLLUP_INTERVAL_SECONDS: '0' });
    headers = await t.auth('viewer');
    endpoint = await makeEndpoint(t.database.db, { name: 'billing', failureThreshold: 3, successThreshold: 2 });
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => t.http().get(path).set(headers);

  it('opens at the first failure of the run that made the endpoint DOWN, with its cause', async () => {
    // failure_threshold 3: DOWN at the third failure (minute 5); the run began at minute 3.
    checks = await insertChecks(t.database.db, pattern(endpoint, start, '+++---'));
    await changeState(t.app, t.database.db, endpoint, {
      from: 'UP',
      to: 'DOWN',
      at: checks[5]!.checkedAt,
      check: checks[5],
    });
    const res = await get('/api/v1/incidents?open=true').expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.incidents[0]).toMatchObject({
      endpoint_id: endpoint.id,
      endpoint_name: 'billing',
      started_at: checks[3]!.checkedAt.toISOString(),
      resolved_at: null,
      cause: { kind: 'timeout', message: 'no answer within 10 s (check 3)' },
      failed_checks: 3,
    });
    expect(res.body.incidents[0].duration_seconds).toBeGreaterThan(0);
  });

  it('a repeated DOWN event does not open a second incident; later failures are counted', async () => {
    const more = await insertChecks(t.database.db, pattern(endpoint, start + 6 * MIN, '--'));
    await changeState(t.app, t.database.db, endpoint, {
      from: 'PENDING',
      to: 'DOWN',
      at: more[0]!.checkedAt,
      check: more[0],
    });
    for (const c of more) {
      const event: CheckCompletedEvent = {
        endpointId: endpoint.id,
        checkResultId: c.id,
        checkedAt: c.checkedAt,
        ok: false,
        degraded: false,
        status: 'DOWN',
        statusCode: null,
        latencyMs: null,
        errorKind: 'timeout',
        errorMessage: c.errorMessage,
      };
      await t.app.get(EventEmitter2).emitAsync(CHECK_COMPLETED, event);
    }
    const res = await get('/api/v1/incidents?open=true').expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.incidents[0].failed_checks).toBe(5);
  });

  it('resolves at the first good check of the run that made it UP again', async () => {
    // success_threshold 2: UP at the second good check (minute 9); the good run began at minute 8.
    const good = await insertChecks(t.database.db, pattern(endpoint, start + 8 * MIN, '++'));
    await changeState(t.app, t.database.db, endpoint, {
      from: 'DOWN',
      to: 'UP',
      at: good[1]!.checkedAt,
      check: good[1],
    });
    const list = await get(`/api/v1/incidents?open=false&endpoint_id=${endpoint.id}`).expect(200);
    expect(list.body.total).toBe(1);
    const incident = list.body.incidents[0];
    expect(incident).toMatchObject({
      resolved_at: good[0]!.checkedAt.toISOString(),
      duration_seconds: 5 * 60,
      failed_checks: 5,
    });
    expect((await get('/api/v1/incidents?open=true').expect(200)).body.total).toBe(0);

    const detail = await get(`/api/v1/incidents/${incident.id}`).expect(200);
    expect(detail.body.id).toBe(incident.id);
    // The checks around it: from 10 minutes before its start to 10 minutes after its end.
    expect(detail.body.checks.map((c: { ok: boolean }) => (c.ok ? '+' : '-')).join('')).toBe('+++-----++');
  });

  it('closes at the pause when a DOWN endpoint is paused', async () => {
    const other = await makeEndpoint(t.database.db, { name: 'paused one' });
    const [failed] = await insertChecks(t.database.db, pattern(other, start + 20 * MIN, '-'));
    await changeState(t.app, t.database.db, other, { from: 'UP', to: 'DOWN', at: failed!.checkedAt, check: failed });
    const pausedAt = new Date(start + 22 * MIN);
    await changeState(t.app, t.database.db, other, { from: 'DOWN', to: 'PAUSED', at: pausedAt, check: null });
    const res = await get(`/api/v1/incidents?endpoint_id=${other.id}`).expect(200);
    expect(res.body.incidents[0]).toMatchObject({
      resolved_at: pausedAt.toISOString(),
      duration_seconds: 120,
      failed_checks: 1,
    });
  });

  it('filters by time: from/to select incidents overlapping the range', async () => {
    const iso = (ms: number) => new Date(ms).toISOString();
    const early = await get(`/api/v1/incidents?from=${iso(start)}&to=${iso(start + 15 * MIN)}`).expect(200);
    expect(early.body.incidents.map((i: { endpoint_name: string }) => i.endpoint_name)).toEqual(['billing']);
    const late = await get(`/api/v1/incidents?from=${iso(start + 15 * MIN)}`).expect(200);
    expect(late.body.incidents.map((i: { endpoint_name: string }) => i.endpoint_name)).toEqual(['paused one']);
  });

  it.each([
    ['/api/v1/incidents?open=maybe', 400, 'ValidationFailed'],
    ['/api/v1/incidents?endpoint_id=x', 400, 'ValidationFailed'],
    ['/api/v1/incidents?from=today', 400, 'ValidationFailed'],
    ['/api/v1/incidents/987654', 404, 'IncidentNotFound'],
    ['/api/v1/incidents/zero', 400, 'ValidationFailed'],
  ])('%s → %i %s', async (path, status, code) => {
    expect((await get(path).expect(status)).body.error.code).toBe(code);
  });
});
