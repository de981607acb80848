import type { Assertion } from './check-target.js';
import { judgeResponse, type JudgedTarget } from './check-verdict.js';
import type { ResponseFacts } from './assertions.js';

const target = (over: Partial<JudgedTarget> = {}): JudgedTarget => ({
  expectedStatus: ['200-399'],
  assertions: [],
  healthBody: false,
  degradedAboveMs: null,
  ...over,
});
const response = (over: Partial<ResponseFacts> = {}): ResponseFacts => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'x-version': '1.2.3' },
  body: '{"status":"healthy","service":"my-api","items":[{"id":1},{"id":2}],"count":2}',
  bodyTruncated: false,
  latencyMs: 50,
  ...over,
});
const a = (assertion: Assertion): Assertion[] => [assertion];

describe('judgeResponse', () => {
  it.each<
    [
      string,
      Partial<JudgedTarget>,
      Partial<ResponseFacts>,
      { ok: boolean; degraded: boolean; errorKind: string | null },
    ]
  >([
    ['200 with defaults', {}, {}, { ok: true, degraded: false, errorKind: null }],
    ['500 is a status failure', {}, { statusCode: 500 }, { ok: false, degraded: false, errorKind: 'status' }],
    ['404 expected', { expectedStatus: [404] }, { statusCode: 404 }, { ok: true, degraded: false, errorKind: null }],
    [
      'body contains',
      { assertions: a({ type: 'body_contains', value: 'my-api' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'body lacks',
      { assertions: a({ type: 'body_contains', value: 'nope' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'body lacks, truncated',
      { assertions: a({ type: 'body_contains', value: 'nope' }) },
      { bodyTruncated: true },
      { ok: false, degraded: false, errorKind: 'too_large' },
    ],
    [
      'body contains in the read part, truncated',
      { assertions: a({ type: 'body_contains', value: 'my-api' }) },
      { bodyTruncated: true },
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'regex matches',
      { assertions: a({ type: 'body_matches', pattern: '"count":\\d+' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'regex case-insensitive',
      { assertions: a({ type: 'body_matches', pattern: 'HEALTHY', flags: 'i' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'regex misses',
      { assertions: a({ type: 'body_matches', pattern: '^<html>' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'catastrophic regex refused',
      { assertions: a({ type: 'body_matches', pattern: '(a+)+$' }) },
      { body: 'a'.repeat(40) + '!' },
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'invalid regex',
      { assertions: a({ type: 'body_matches', pattern: '(' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'json equals',
      { assertions: a({ type: 'json_path', path: '$.status', op: 'equals', value: 'healthy' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'json equals number',
      { assertions: a({ type: 'json_path', path: '$.count', op: 'equals', value: 2 }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'json equals differs',
      { assertions: a({ type: 'json_path', path: '$.status', op: 'equals', value: 'ok' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'json exists',
      { assertions: a({ type: 'json_path', path: '$.items[1].id', op: 'exists' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'json missing',
      { assertions: a({ type: 'json_path', path: '$.nope', op: 'exists' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'json one_of',
      { assertions: a({ type: 'json_path', path: '$.status', op: 'one_of', values: ['ok', 'healthy'] }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'json one_of misses',
      { assertions: a({ type: 'json_path', path: '$.status', op: 'one_of', values: ['ok'] }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'json on malformed body',
      { assertions: a({ type: 'json_path', path: '$.status', op: 'exists' }) },
      { body: '{"status":' },
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'json on truncated body',
      { assertions: a({ type: 'json_path', path: '$.status', op: 'exists' }) },
      { bodyTruncated: true },
      { ok: false, degraded: false, errorKind: 'too_large' },
    ],
    [
      'header equals',
      { assertions: a({ type: 'header', name: 'X-Version', op: 'equals', value: '1.2.3' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'header matches',
      { assertions: a({ type: 'header', name: 'content-type', op: 'matches', value: '^application/json' }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'header missing',
      { assertions: a({ type: 'header', name: 'x-nope', op: 'equals', value: '1' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'fast enough',
      { assertions: a({ type: 'response_time_below', ms: 100 }) },
      {},
      { ok: true, degraded: false, errorKind: null },
    ],
    [
      'too slow is degraded',
      { assertions: a({ type: 'response_time_below', ms: 10 }) },
      {},
      { ok: true, degraded: true, errorKind: null },
    ],
    ['degraded_above_ms', { degradedAboveMs: 40 }, {}, { ok: true, degraded: true, errorKind: null }],
    ['degraded_above_ms not reached', { degradedAboveMs: 60 }, {}, { ok: true, degraded: false, errorKind: null }],
    [
      'a failure beats slowness',
      { degradedAboveMs: 1, assertions: a({ type: 'body_contains', value: 'nope' }) },
      {},
      { ok: false, degraded: false, errorKind: 'assertion' },
    ],
    [
      'status failure skips assertions',
      { assertions: a({ type: 'body_contains', value: 'nope' }) },
      { statusCode: 503 },
      { ok: false, degraded: false, errorKind: 'status' },
    ],
  ])('%s', (_name, t, r, expected) => {
    const verdict = judgeResponse(target(t), response(r));
    expect({ ok: verdict.ok, degraded: verdict.degraded, errorKind: verdict.errorKind }).toEqual(expected);
    if (!verdict.ok || verdict.degraded) expect(verdict.errorMessage).toBeTruthy();
  });

  it.each([
    ['{"status":"pass"}', true, false],
    ['{"status":"ok"}', true, false],
    ['{"status":"Healthy"}', true, false],
    ['{"status":"UP"}', true, false],
    ['{"status":"warn","checks":{}}', true, true],
    ['{"status":"degraded"}', true, true],
    ['{"status":"fail"}', false, false],
    ['{"status":"unhealthy"}', false, false],
    ['{"status":"down"}', false, false],
    ['{"status":"sideways"}', false, false],
    ['{"state":"ok"}', false, false],
    ['not json', false, false],
  ])('health body %s → ok %s, degraded %s', (body, ok, degraded) => {
    const verdict = judgeResponse(
      target({ healthBody: true }),
      response({ body, headers: { 'content-type': 'application/health+json' } }),
    );
    expect({ ok: verdict.ok, degraded: verdict.degraded }).toEqual({ ok, degraded });
    if (!ok) expect(verdict.errorKind).toBe('assertion');
  });

  it('lists every failed assertion by index', () => {
    const verdict = judgeResponse(
      target({
        assertions: [
          { type: 'body_contains', value: 'my-api' },
          { type: 'body_contains', value: 'missing-1' },
          { type: 'json_path', path: '$.status', op: 'equals', value: 'down' },
        ],
      }),
      response(),
    );
    expect(verdict.failedAssertions.map((f) => f.index)).toEqual([1, 2]);
    expect(verdict.errorMessage).toBe('body does not contain "missing-1"; $.status is "healthy", expected "down"');
  });
});
