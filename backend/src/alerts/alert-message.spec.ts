import { alertLink, buildAlertMessage, formatDuration, type AlertFacts } from './alert-message.js';

const NOW = new Date('2026-12-01T10:30:00Z');
const base: AlertFacts = {
  event: 'down',
  endpoint: { id: 7, name: 'Payments API', url: 'https://pay.example.com/health' },
  status: 'DOWN',
  previousStatus: 'UP',
  since: new Date('2026-12-01T10:00:00Z'),
  error: 'connect ECONNREFUSED',
  statusCode: null,
  latencyMs: null,
  checkedAt: new Date('2026-12-01T10:00:00Z'),
};

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [12 * 60_000, '12 min'],
    [60 * 60_000, '1 h'],
    [185 * 60_000, '3 h 5 min'],
    [52 * 3_600_000, '2 d 4 h'],
    [-5, '0 s'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('buildAlertMessage', () => {
  it.each<[Partial<AlertFacts>, string, string, string]>([
    [{}, 'critical', 'Payments API is DOWN', 'DOWN since 2026-12-01 10:00:00 UTC: connect ECONNREFUSED'],
    [{ event: 'renotify' }, 'critical', 'Payments API is still DOWN', 'DOWN for 30 min'],
    [
      { event: 'recovered', status: 'UP', previousStatus: 'DOWN', downtimeMs: 30 * 60_000, error: null },
      'resolved',
      'Payments API is UP again',
      'recovered after 30 min of downtime',
    ],
    [{ event: 'heartbeat_missed', error: null }, 'critical', 'Payments API missed its heartbeat', 'No heartbeat'],
    [
      { event: 'latency_above', latencyMs: 900, latencyThresholdMs: 500, latencyConsecutive: 3 },
      'warning',
      'Payments API is slow',
      'more than 500 ms for 3 checks in a row (last: 900 ms)',
    ],
    [
      { event: 'certificate_expiring', certExpiresAt: new Date('2026-12-08T10:30:00Z') },
      'warning',
      "Payments API's TLS certificate expires in 7 d",
      'expires in 7 d',
    ],
    [
      { event: 'flapping', flapChanges: 6, flapWindowMinutes: 10 },
      'warning',
      'Payments API is flapping',
      '6 times within 10 min',
    ],
    [{ event: 'stable', status: 'UP' }, 'resolved', 'Payments API is stable again: UP', 'is UP'],
    [{ event: 'stable', status: 'DOWN' }, 'critical', 'Payments API is stable again: DOWN', 'is DOWN'],
  ])('%j', (overrides, severity, title, text) => {
    const message = buildAlertMessage({ ...base, ...overrides }, 'https://apimon.example.com', NOW);
    expect(message.severity).toBe(severity);
    expect(message.title).toBe(title);
    expect(message.text).toContain(text);
  });

  it('links to the endpoint detail page and lists the facts', () => {
    const message = buildAlertMessage({ ...base, statusCode: 503, latencyMs: 120 }, 'http://localhost:8080', NOW);
    expect(message.link).toBe('http://localhost:8080/endpoints/7');
    expect(message.facts).toEqual([
      { label: 'Status', value: 'UP → DOWN' },
      { label: 'Since', value: '2026-12-01 10:00:00 UTC' },
      { label: 'URL', value: 'https://pay.example.com/health' },
      { label: 'Error', value: 'connect ECONNREFUSED' },
      { label: 'HTTP status', value: '503' },
      { label: 'Latency', value: '120 ms' },
    ]);
  });

  it('names a public service when there is no endpoint', () => {
    const message = buildAlertMessage(
      {
        ...base,
        event: 'public_service_status_changed',
        endpoint: null,
        service: { name: 'GitHub', url: 'https://www.githubstatus.com', target: 'github' },
        status: 'major_outage',
        previousStatus: 'operational',
        error: null,
      },
      'http://localhost:8080',
      NOW,
    );
    expect(message.title).toBe('GitHub: major_outage');
    expect(message.text).toBe('GitHub changed from operational to major_outage');
    expect(message.endpointId).toBeNull();
    expect(message.link).toBe('http://localhost:8080/public-services?not_ok=1#target-github');
  });

  it.each<[string, Partial<AlertFacts>, string]>([
    ['an endpoint: its page', {}, 'https://mon.example.com/endpoints/7'],
    [
      'a public service not OK: the filtered page at its card',
      { endpoint: null, service: { name: 'GitHub Actions', url: null, target: 'github' }, status: 'Outage' },
      'https://mon.example.com/public-services?not_ok=1#target-github',
    ],
    [
      'a public service OK again: the whole page at its card',
      { endpoint: null, service: { name: 'AWS', url: null, target: 'aws eu' }, status: 'OK' },
      'https://mon.example.com/public-services#target-aws%20eu',
    ],
    ['neither: the home page', { endpoint: null, service: null }, 'https://mon.example.com'],
  ])('links %s', (_name, overrides, link) => {
    expect(alertLink({ ...base, ...overrides }, 'https://mon.example.com')).toBe(link);
  });
});
