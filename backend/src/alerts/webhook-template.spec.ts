import type { AlertMessage } from './alert-message.js';
import { defaultWebhookPayload, fillTemplate, templateProblem } from './webhook-template.js';

const message: AlertMessage = {
  event: 'down',
  severity: 'critical',
  title: 'Payments "EU" is DOWN',
  text: 'Payments "EU" is DOWN since …',
  endpointId: 7,
  endpointName: 'Payments "EU"',
  url: 'https://pay.example.com/health',
  status: 'DOWN',
  previousStatus: 'UP',
  since: '2026-12-01T10:00:00.000Z',
  error: 'line1\nline2',
  latencyMs: 812,
  checkedAt: '2026-12-01T10:00:00.000Z',
  link: 'http://localhost:8080/endpoints/7',
  facts: [],
};

describe('fillTemplate', () => {
  it.each([
    ['{"text":"{endpoint_name} is {status}"}', { text: 'Payments "EU" is DOWN' }],
    ['{"ms":{latency_ms},"was":"{previous_status}"}', { ms: 812, was: 'UP' }],
    ['{"err":"{error}","at":"{checked_at}"}', { err: 'line1\nline2', at: '2026-12-01T10:00:00.000Z' }],
    [
      '{"link":"{link}","u":"{url}","e":"{event}"}',
      { link: 'http://localhost:8080/endpoints/7', u: 'https://pay.example.com/health', e: 'down' },
    ],
    ['{"keep":"{not_a_placeholder}"}', { keep: '{not_a_placeholder}' }],
  ])('%s', (template, expected) => {
    expect(JSON.parse(fillTemplate(template, message))).toEqual(expected);
  });

  it('fills nulls as empty strings and a missing latency as null', () => {
    const filled = fillTemplate('{"e":"{error}","ms":{latency_ms}}', { ...message, error: null, latencyMs: null });
    expect(JSON.parse(filled)).toEqual({ e: '', ms: null });
  });
});

describe('templateProblem', () => {
  it.each([
    ['{"text":"{endpoint_name}"}', null],
    ['{"text":"{endpoint}"}', /unknown placeholder \{endpoint\}/],
    ['{"text": {status}}', /must be JSON/],
    ['not json', /must be JSON/],
  ])('%s', (template, expected) => {
    const problem = templateProblem(template, message);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('defaultWebhookPayload', () => {
  it('has the documented snake_case shape', () => {
    expect(defaultWebhookPayload(message)).toMatchObject({
      event: 'down',
      endpoint: { id: 7, name: 'Payments "EU"', url: 'https://pay.example.com/health' },
      status: 'DOWN',
      previous_status: 'UP',
      latency_ms: 812,
      link: 'http://localhost:8080/endpoints/7',
    });
  });
});
