import { count } from 'drizzle-orm';
import { endpoints } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { endpointBody, makeEndpoint } from './endpoint-factory.js';

const header = (name: string, value = 'v') => ({ name, value });

describe('endpoint validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const stored = async () => (await t.database.db.select({ n: count() }).from(endpoints))[0]!.n;

  async function expectRefused(
    body: unknown,
    fields: string[],
    method: 'post' | 'put' = 'post',
    path = '/api/v1/endpoints',
  ) {
    const before = await stored();
    const res = await t
      .http()
      [method](path)
      .set(await t.auth('editor'))
      .send(body as object);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([...fields].sort());
    for (const detail of res.body.error.details) expect(detail.message).toEqual(expect.any(String));
    expect(await stored()).toBe(before);
    return res.body.error.details as { field: string; message: string }[];
  }

  it.each([
    ['missing name', { name: undefined }, 'name', 'is required'],
    ['empty name', { name: '   ' }, 'name', 'must not be empty'],
    ['name over 100', { name: 'n'.repeat(101) }, 'name', 'must be at most 100 characters'],
    ['missing url', { url: undefined }, 'url', 'is required'],
    ['relative url', { url: '/health' }, 'url', 'must be an absolute URL'],
    ['file: url', { url: 'file:///etc/passwd' }, 'url', 'must use http or https'],
    ['ftp url', { url: 'ftp://example.test/x' }, 'url', 'must use http or https'],
    ['javascript url', { url: 'javascript:alert(1)' }, 'url', 'must use http or https'],
    ['url over 2048', { url: `https://example.test/${'a'.repeat(2040)}` }, 'url', 'must be at most 2048'],
    ['url with credentials', { url: 'https://user:pw@example.test/' }, 'url', 'must not contain credentials'],
    ['unknown method', { method: 'TRACE' }, 'method', 'must be one of'],
    ['lower-case method', { method: 'get' }, 'method', 'must be one of'],
    ['headers not a list', { headers: { Accept: 'x' } }, 'headers', 'must be a list'],
    ['51 headers', { headers: Array.from({ length: 51 }, (_, i) => header(`X-H${i}`)) }, 'headers', 'at most 50'],
    ['header name with space', { headers: [header('Bad Name')] }, 'headers.0.name', 'not a valid header name'],
    [
      'header Content-Length',
      { headers: [header('Accept'), header('Content-Length', '3')] },
      'headers.1.name',
      'set by the HTTP client',
    ],
    ['header value with CRLF', { headers: [header('X-A', 'a\r\nX-B: 1')] }, 'headers.0.value', 'line breaks'],
    [
      'header secret not boolean',
      { headers: [{ name: 'X-A', value: 'a', secret: 'yes' }] },
      'headers.0.secret',
      'true or false',
    ],
    ['body over 64 KiB', { method: 'POST', body: 'x'.repeat(65_537) }, 'body', '64 KiB'],
    ['interval below 5', { interval: 4 }, 'interval', 'must be at least 5'],
    ['interval above 86400', { interval: 86_401 }, 'interval', 'must be at most 86400'],
    ['fractional interval', { interval: 10.5 }, 'interval', 'whole number'],
    ['interval as string', { interval: '60' }, 'interval', 'must be a number'],
    ['timeout below 0.1', { timeout: 0.05 }, 'timeout', 'must be at least 0.1'],
    ['timeout above 60', { interval: 120, timeout: 61 }, 'timeout', 'must be at most 60'],
    ['timeout not below interval', { interval: 10, timeout: 10 }, 'timeout', 'must be below the interval (10 s)'],
    ['status code 600', { expected_status: 600 }, 'expected_status', 'not a status code'],
    ['status 2xx', { expected_status: ['2xx'] }, 'expected_status.0', 'range like'],
    ['reversed range', { expected_status: ['200-299', '399-300'] }, 'expected_status.1', 'starts after it ends'],
    ['empty status list', { expected_status: [] }, 'expected_status', 'between 1 and 50'],
    ['unknown assertion type', { assertions: [{ type: 'xpath', path: '/a' }] }, 'assertions.0.type', 'type must be'],
    [
      'empty body_contains',
      { assertions: [{ type: 'body_contains', value: '' }] },
      'assertions.0.value',
      'must not be empty',
    ],
    [
      'regex that does not compile',
      { assertions: [{ type: 'body_matches', pattern: '(' }] },
      'assertions.0.pattern',
      'not a valid regular expression',
    ],
    [
      'catastrophic regex',
      { assertions: [{ type: 'body_matches', pattern: '(a+)+$' }] },
      'assertions.0.pattern',
      'backtrack',
    ],
    [
      'stateful regex flag',
      { assertions: [{ type: 'body_matches', pattern: 'ok', flags: 'g' }] },
      'assertions.0.pattern',
      'flags',
    ],
    [
      'JSONPath without $',
      { assertions: [{ type: 'json_path', path: 'status', op: 'exists' }] },
      'assertions.0.path',
      'start with $',
    ],
    [
      'JSONPath unclosed',
      { assertions: [{ type: 'json_path', path: '$.a[0', op: 'exists' }] },
      'assertions.0.path',
      'unclosed',
    ],
    [
      'JSONPath bad filter',
      { assertions: [{ type: 'json_path', path: '$[?(@.a ==)]', op: 'exists' }] },
      'assertions.0.path',
      'filter',
    ],
    [
      'json_path equals without value',
      { assertions: [{ type: 'json_path', path: '$.a', op: 'equals' }] },
      'assertions.0.value',
      'required',
    ],
    [
      'json_path one_of without values',
      { assertions: [{ type: 'json_path', path: '$.a', op: 'one_of', values: [] }] },
      'assertions.0.values',
      'at least one',
    ],
    ['json_path bad op', { assertions: [{ type: 'json_path', path: '$.a', op: 'gt' }] }, 'assertions.0.op', 'must be'],
    [
      'header assertion bad regex',
      { assertions: [{ type: 'header', name: 'Server', op: 'matches', value: '(x+)+y' }] },
      'assertions.0.value',
      'backtrack',
    ],
    [
      'response_time_below 0',
      { assertions: [{ type: 'response_time_below', ms: 0 }] },
      'assertions.0.ms',
      'at least 1',
    ],
    ['health_body not boolean', { health_body: 'yes' }, 'health_body', 'true or false'],
    ['retries 6', { retries: 6 }, 'retries', 'must be at most 5'],
    ['retries -1', { retries: -1 }, 'retries', 'must be at least 0'],
    ['failure_threshold 0', { failure_threshold: 0 }, 'failure_threshold', 'must be at least 1'],
    ['success_threshold 0', { success_threshold: 0 }, 'success_threshold', 'must be at least 1'],
    ['degraded_above_ms 0', { degraded_above_ms: 0 }, 'degraded_above_ms', 'must be at least 1'],
    ['follow_redirects string', { follow_redirects: 'true' }, 'follow_redirects', 'true or false'],
    ['verify_tls number', { verify_tls: 1 }, 'verify_tls', 'true or false'],
    ['tags not a list', { tags: 'prod' }, 'tags', 'must be a list'],
    ['empty tag', { tags: ['ok', ''] }, 'tags.1', 'must not be empty'],
    ['is_active string', { is_active: 'no' }, 'is_active', 'true or false'],
    ['description over 2000', { description: 'd'.repeat(2001) }, 'description', 'at most 2000'],
    ['sla_target 101', { sla_target: 101 }, 'sla_target', 'at most 100'],
    ['sla_target -1', { sla_target: -1 }, 'sla_target', 'at least 0'],
    ['unknown kind', { kind: 'tcp' }, 'kind', 'http or push'],
  ])('refuses %s naming its field', async (_label, override, field, message) => {
    const details = await expectRefused(endpointBody(override), [field]);
    expect(details[0]!.message).toContain(message);
  });

  it('names every bad field at once', async () => {
    await expectRefused(
      { name: '', url: 'file:///x', interval: 1, retries: 9, headers: [header('a b')], expected_status: 'x' },
      ['name', 'url', 'interval', 'retries', 'headers.0.name', 'expected_status'],
    );
  });

  it('refuses a body that is not an object', async () => {
    const res = await t
      .http()
      .post('/api/v1/endpoints')
      .set(await t.auth('editor'))
      .set('content-type', 'application/json')
      .send('[1,2]')
      .expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
  });

  it('validates PUT the same way and keeps the stored row', async () => {
    const created = await makeEndpoint(t);
    await expectRefused({ name: 'x', url: 'gopher://x' }, ['url'], 'put', `/api/v1/endpoints/${created.id}`);
    const after = await t
      .http()
      .get(`/api/v1/endpoints/${created.id}`)
      .set(await t.auth('viewer'))
      .expect(200);
    expect(after.body.url).toBe(created.url);
  });

  it('accepts the limits themselves', async () => {
    const res = await makeEndpoint(t, {
      name: 'n'.repeat(100),
      interval: 86_400,
      timeout: 60,
      retries: 5,
      body: 'x'.repeat(65_536),
      method: 'PUT',
      headers: Array.from({ length: 50 }, (_, i) => header(`X-H${i}`)),
      sla_target: 100,
    });
    expect(res).toMatchObject({ interval: 86_400, timeout: 60, retries: 5 });
    expect((await makeEndpoint(t, { interval: 5, timeout: 0.1 })).timeout).toBe(0.1);
  });
});
