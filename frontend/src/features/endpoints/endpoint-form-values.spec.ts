import type { EndpointWire } from '@/types/api';
import { emptyAssertion } from './assertion-form';
import {
  defaultFormValues,
  formToWire,
  parseExpectedStatus,
  wireToForm,
  type EndpointFormValues,
} from './endpoint-form-values';

const form = (over: Partial<EndpointFormValues>): EndpointFormValues => ({
  ...defaultFormValues(),
  name: 'Payments',
  url: 'https://api.example.test/health',
  ...over,
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

describe('parseExpectedStatus', () => {
  it.each([
    ['200', [200]],
    ['200 - 299, 404', ['200-299', 404]],
    ['', []],
  ])('%s', (text, expected) => expect(parseExpectedStatus(text)).toEqual(expected));
});
