import type { PublicTarget } from './api/types';
import { countNotOk, onlyNotOk, sortServices, statusDisplay } from './status-display';

const svc = (name: string, status: PublicTarget['status'], extra: object = {}) => ({
  name,
  status,
  lastTimestamp: '2026-01-01T00:00:00.000Z',
  dimensions: { rawStatus: null },
  ...extra,
});
const target = (
  name: string,
  services: ReturnType<typeof svc>[],
  status: PublicTarget['status'] = 'OK',
): PublicTarget => ({
  name,
  endpoint: 'https://x',
  type: 'REST',
  displayName: name,
  status,
  lastTimestamp: null,
  stale: false,
  dimensions: { rawStatus: null },
  services,
});

describe('statusDisplay', () => {
  it.each([
    [svc('a', 'OK'), 'good', 'OK'],
    [svc('a', 'Degraded'), 'warn', 'Degraded'],
    [svc('a', 'Outage'), 'bad', 'Outage'],
    [svc('a', 'Unknown'), 'neutral', 'Unknown'],
    [
      svc('a', 'Degraded', { dimensions: { rawStatus: 'under_maintenance', maintenance: true } }),
      'warn',
      'Maintenance',
    ],
    [svc('a', 'Unknown', { stale: true }), 'neutral', 'Unknown (stale)'],
  ])('%j → %s %s', (s, tone, label) => {
    expect(statusDisplay(s)).toEqual({ tone, label });
  });
});

describe('counting and filtering', () => {
  const targets = [
    target('github', [svc('Pages', 'OK'), svc('Actions', 'Degraded')], 'Degraded'),
    target('zoom', [svc('Meetings', 'OK')]),
    target('slack', [svc('Messaging', 'Unknown', { stale: true })], 'Unknown'),
    target('gcp', [], 'Unknown'),
  ];

  it('counts services not OK, stale ones included', () => {
    expect(countNotOk(targets)).toBe(2);
    expect(countNotOk([])).toBe(0);
  });

  it('keeps non-OK services and targets whose own status is not OK', () => {
    expect(onlyNotOk(targets).map((t) => [t.name, t.services.map((s) => s.name)])).toEqual([
      ['github', ['Actions']],
      ['slack', ['Messaging']],
      ['gcp', []],
    ]);
  });

  it('sorts worst first, then by name', () => {
    const sorted = sortServices([
      svc('b', 'OK'),
      svc('a', 'OK'),
      svc('z', 'Outage'),
      svc('c', 'Unknown'),
      svc('d', 'Degraded'),
    ]);
    expect(sorted.map((s) => s.name)).toEqual(['z', 'd', 'c', 'a', 'b']);
  });
});
