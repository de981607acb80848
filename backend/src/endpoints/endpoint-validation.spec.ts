import { validateEndpointBody } from './endpoint-validation.js';

const http = { name: 'api', url: 'https://api.example.test/health' };
const fieldsOf = (body: unknown, strict = false) => {
  const result = validateEndpointBody(body, { strict });
  return result.ok ? [] : result.issues.map((i) => i.path.join('.'));
};

describe('validateEndpointBody', () => {
  it('maps the wire body to the definition with units in names', () => {
    const result = validateEndpointBody({
      ...http,
      interval: 30,
      timeout: 0.25,
      headers: [{ name: 'cookie', value: 'a=b' }],
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        kind: 'http',
        intervalSeconds: 30,
        timeoutMs: 250,
        headers: [{ name: 'cookie', value: 'a=b', secret: true }],
        expectedStatus: ['200-399'],
        periodSeconds: null,
        graceSeconds: null,
      }),
    });
  });

  it('keeps explicit nulls and drops push fields from http endpoints', () => {
    const result = validateEndpointBody({
      ...http,
      description: null,
      degraded_above_ms: null,
      period_seconds: 60,
      cron: '* * * * *',
    });
    expect(result.ok && result.value).toMatchObject({
      description: null,
      degradedAboveMs: null,
      periodSeconds: null,
      cron: null,
    });
  });

  it('maps push monitors: no url, interval from the period, default grace, UTC for cron', () => {
    const period = validateEndpointBody({
      name: 'job',
      kind: 'push',
      url: 'https://ignored.test',
      period_seconds: 3600,
    });
    expect(period.ok && period.value).toMatchObject({
      url: null,
      intervalSeconds: 3600,
      periodSeconds: 3600,
      graceSeconds: 300,
      timezone: null,
    });
    const cron = validateEndpointBody({ name: 'job', kind: 'push', cron: '0 3 * * *', grace_seconds: 0 });
    expect(cron.ok && cron.value).toMatchObject({
      cron: '0 3 * * *',
      timezone: 'UTC',
      graceSeconds: 0,
      intervalSeconds: 60,
    });
  });

  it.each([
    [{ ...http, interval: 10, timeout: 10 }, ['timeout']],
    [{ ...http, interval: 10, timeout: 9.9 }, []],
    // A bad interval is reported once, not again as a broken cross-field rule.
    [{ ...http, interval: 2, timeout: 10 }, ['interval']],
    [{ name: 'x' }, ['url']],
    [{ name: 'x', url: null }, ['url']],
    [{ name: 'job', kind: 'push' }, ['period_seconds']],
    [{ name: 'job', kind: 'push', period_seconds: 60, cron: '* * * * *' }, ['cron']],
    [{ name: 'job', kind: 'push', cron: 'every day' }, ['cron']],
    [{ name: 'job', kind: 'push', cron: '0 3 * * *', timezone: 'Nowhere/City' }, ['timezone']],
    [null, ['']],
    ['a string', ['']],
    [[http], ['']],
  ])('%j → bad fields %j', (body, fields) => {
    expect(fieldsOf(body)).toEqual(fields);
  });

  it('ignores unknown fields unless strict', () => {
    expect(fieldsOf({ ...http, status: 'UP' })).toEqual([]);
    expect(fieldsOf({ ...http, status: 'UP' }, true)).toEqual(['status']);
  });
});
