import type { EndpointWire } from '@/types/api';
import { emptyAssertion } from './assertion-form';
import {
  defaultFormValues,
  formToWire,
  normalizeFieldPath,
  parseExpectedStatus,
  validateEndpointForm,
  wireToForm,
  type EndpointFormValues,
} from './endpoint-form-schema';

const form = (over: Partial<EndpointFormValues>): EndpointFormValues => ({
  ...defaultFormValues(),
  name: 'Payments',
  url: 'https://api.example.test/health',
  ...over,
});

const errorsOf = (over: Partial<EndpointFormValues>) => {
  const result = validateEndpointForm(form(over));
  return result.ok ? {} : result.errors;
};

describe('validateEndpointForm mirrors the server rules', () => {
  it('accepts the defaults with a name and URL', () => {
    expect(validateEndpointForm(form({}))).toMatchObject({ ok: true });
  });

  it.each<[string, Partial<EndpointFormValues>, string, RegExp]>([
    ['empty name', { name: ' ' }, 'name', /required/],
    ['name over 100', { name: 'x'.repeat(101) }, 'name', /100/],
    ['file: URL', { url: 'file:///etc/passwd' }, 'url', /http or https/],
    ['relative URL', { url: '/health' }, 'url', /absolute/],
    ['URL over 2048', { url: `https://a.test/${'x'.repeat(2048)}` }, 'url', /2048/],
    ['interval below 5', { intervalSeconds: '4' }, 'interval', /at least 5/],
    ['interval above a day', { intervalSeconds: '86401' }, 'interval', /86400/],
    ['interval not a number', { intervalSeconds: 'abc' }, 'interval', /enter/],
    ['interval fractional', { intervalSeconds: '5.5' }, 'interval', /whole/],
    ['timeout below 0.1', { timeoutSeconds: '0.05' }, 'timeout', /0.1/],
    ['timeout above 60', { timeoutSeconds: '61', intervalSeconds: '120' }, 'timeout', /60/],
    [
      'timeout not below the interval',
      { timeoutSeconds: '10', intervalSeconds: '10' },
      'timeout',
      /below the interval/,
    ],
    ['retries above 5', { retries: '6' }, 'retries', /0–5/],
    ['failure threshold 0', { failureThreshold: '0' }, 'failure_threshold', /at least 1/],
    ['success threshold empty', { successThreshold: '' }, 'success_threshold', /enter/],
    ['expected status out of range', { expectedStatus: '99' }, 'expected_status.0', /100–599/],
    ['expected status reversed range', { expectedStatus: '299-200' }, 'expected_status.0', /low to high/],
    ['expected status junk', { expectedStatus: '2xx' }, 'expected_status.0', /ranges like/],
    ['expected status empty', { expectedStatus: ' , ' }, 'expected_status', /at least one/],
    [
      'header with a space in its name',
      { headers: [{ name: 'X Bad', value: '1', secret: false }] },
      'headers.0.name',
      /header name/,
    ],
    [
      'header value with a line break',
      { headers: [{ name: 'X-A', value: 'a\r\nb', secret: false }] },
      'headers.0.value',
      /line breaks/,
    ],
    [
      '51 headers',
      { headers: Array.from({ length: 51 }, () => ({ name: 'X-A', value: '1', secret: false })) },
      'headers',
      /50/,
    ],
    ['body over 64 KiB', { body: 'x'.repeat(65_537) }, 'body', /64 KiB/],
    ['degraded threshold 0', { degradedAboveMs: '0' }, 'degraded_above_ms', /at least 1/],
    [
      'bad regex assertion',
      { assertions: [{ ...emptyAssertion('body_matches'), pattern: '(' }] },
      'assertions.0.pattern',
      /regular expression/,
    ],
    [
      'json path without $',
      { assertions: [{ ...emptyAssertion('json_path'), path: 'status' }] },
      'assertions.0.path',
      /\$/,
    ],
    [
      'response time 0',
      { assertions: [{ ...emptyAssertion('response_time_below'), ms: '0' }] },
      'assertions.0.ms',
      /./,
    ],
    ['push with no grace', { kind: 'push', url: '', graceSeconds: '' }, 'grace_seconds', /enter/],
    ['push period below 5', { kind: 'push', periodSeconds: '1' }, 'period_seconds', /at least 5/],
    ['URL with credentials', { url: 'https://user:pw@a.test/' }, 'url', /credentials/],
    ['SLA above 100', { slaTarget: '101' }, 'sla_target', /at most 100/],
    [
      'unknown time zone',
      { kind: 'push', schedule: 'cron', cron: '0 3 * * *', timezone: 'Mars/Olympus' },
      'timezone',
      /time zone/,
    ],
    [
      'header regex that does not compile',
      { assertions: [{ ...emptyAssertion('header'), name: 'X-A', headerOp: 'matches', value: '[' }] },
      'assertions.0.value',
      /regular expression/,
    ],
    ['push cron with 3 fields', { kind: 'push', schedule: 'cron', cron: '* * *' }, 'cron', /5 or 6/],
  ])('%s → %s', (_name, over, field, message) => {
    const errors = errorsOf(over);
    expect(Object.keys(errors)).toContain(field);
    expect(errors[field]).toMatch(message);
  });

  it('names every bad field at once', () => {
    expect(
      Object.keys(
        errorsOf({ name: '', url: 'ftp://x', intervalSeconds: '1', timeoutSeconds: '0.5', retries: '9' }),
      ).sort(),
    ).toEqual(['interval', 'name', 'retries', 'url']);
  });

  it('push monitors need no URL', () => {
    expect(validateEndpointForm(form({ kind: 'push', url: '' }))).toMatchObject({ ok: true });
  });
});

describe('formToWire', () => {
  it('maps the form to the snake_case wire body', () => {
    const wire = formToWire(
      form({
        tags: ' prod, payments ,',
        expectedStatus: '200-299, 304',
        degradedAboveMs: '800',
        body: '{"a":1}',
        contentType: 'application/json',
        method: 'POST',
        assertions: [
          { ...emptyAssertion('json_path'), path: '$.status', jsonOp: 'one_of', values: 'ok, "up", 1' },
          { ...emptyAssertion('json_path'), path: '$.live', jsonOp: 'equals', value: 'true' },
          { ...emptyAssertion('header'), name: 'Content-Type', headerOp: 'matches', value: 'json' },
          { ...emptyAssertion('response_time_below'), ms: '500' },
        ],
      }),
    );
    expect(wire).toEqual({
      kind: 'http',
      name: 'Payments',
      description: null,
      tags: ['prod', 'payments'],
      is_active: true,
      sla_target: null,
      url: 'https://api.example.test/health',
      method: 'POST',
      headers: [],
      body: '{"a":1}',
      content_type: 'application/json',
      interval: 60,
      timeout: 10,
      expected_status: ['200-299', 304],
      assertions: [
        { type: 'json_path', path: '$.status', op: 'one_of', values: ['ok', 'up', 1] },
        { type: 'json_path', path: '$.live', op: 'equals', value: true },
        { type: 'header', name: 'Content-Type', op: 'matches', value: 'json' },
        { type: 'response_time_below', ms: 500 },
      ],
      health_body: false,
      retries: 1,
      failure_threshold: 1,
      success_threshold: 1,
      degraded_above_ms: 800,
      follow_redirects: true,
      verify_tls: true,
    });
  });

  it('sends a push monitor with a cron schedule and no HTTP fields', () => {
    expect(formToWire(form({ kind: 'push', schedule: 'cron', cron: '0 3 * * *', timezone: 'Europe/Paris' }))).toEqual({
      kind: 'push',
      name: 'Payments',
      description: null,
      tags: [],
      is_active: true,
      sla_target: null,
      period_seconds: null,
      cron: '0 3 * * *',
      timezone: 'Europe/Paris',
      grace_seconds: 300,
    });
  });
});

describe('wireToForm', () => {
  it('round-trips an endpoint through the form', () => {
    const values = form({
      tags: 'a, b',
      slaTarget: '99.9',
      expectedStatus: '200-299, 304',
      degradedAboveMs: '900',
      headers: [{ name: 'Authorization', value: '••••', secret: true }],
      assertions: [{ ...emptyAssertion('body_matches'), pattern: 'ok|fine', flags: 'i' }],
    });
    const wire = formToWire(values);
    const endpoint = { ...wire, id: 1, status: 'UP', managed_by: null } as unknown as EndpointWire;
    expect(wireToForm(endpoint)).toEqual(values);
  });
});

describe('parseExpectedStatus and normalizeFieldPath', () => {
  it.each([
    ['200', [200]],
    ['200 - 299, 404', ['200-299', 404]],
    ['', []],
  ])('%s', (text, expected) => expect(parseExpectedStatus(text)).toEqual(expected));

  it.each([
    ['headers[0].name', 'headers.0.name'],
    ['interval', 'interval'],
    ['assertions[2][pattern]', 'assertions.2[pattern]'],
  ])('%s → %s', (input, output) => expect(normalizeFieldPath(input)).toBe(output));
});
