import { isStale, planSnapshot, type KnownService } from './status-changes.js';
import { entry } from './unified-status.js';

const t0 = new Date('2026-01-01T00:00:00Z');
const now = new Date('2026-01-01T00:05:00Z');
const known = (name: string, status: KnownService['status'], maintenance = false): KnownService => ({
  name,
  status,
  maintenance,
  statusSince: t0,
});
const overall = entry('GitHub', 'OK', 'none');

describe('planSnapshot', () => {
  it('records a first sighting of everything as changes from null', () => {
    const plan = planSnapshot(
      { overall: null, services: [] },
      { overall, services: [entry('Pages', 'Degraded', 'x')] },
      false,
      now,
    );
    expect(plan.changes).toEqual([
      { service: null, from: null, to: 'OK', maintenance: false },
      { service: 'Pages', from: null, to: 'Degraded', maintenance: false },
    ]);
    expect(plan.services[0]!.statusSince).toEqual(now);
  });

  it('records nothing when nothing changed and keeps when each status began', () => {
    const plan = planSnapshot(
      { overall: { status: 'OK', maintenance: false }, services: [known('Pages', 'OK')] },
      { overall, services: [entry('Pages', 'OK', 'operational')] },
      false,
      now,
    );
    expect(plan.changes).toEqual([]);
    expect(plan.services[0]!.statusSince).toEqual(t0);
  });

  it.each<[string, KnownService, ReturnType<typeof entry>, { from: string; to: string; maintenance: boolean } | null]>([
    [
      'OK → Outage',
      known('Pages', 'OK'),
      entry('Pages', 'Outage', 'major_outage'),
      { from: 'OK', to: 'Outage', maintenance: false },
    ],
    [
      'Degraded → maintenance',
      known('Pages', 'Degraded'),
      entry('Pages', 'Maintenance', 'under_maintenance'),
      { from: 'Degraded', to: 'Degraded', maintenance: true },
    ],
    [
      'maintenance → Degraded',
      known('Pages', 'Degraded', true),
      entry('Pages', 'Degraded', 'partial_outage'),
      { from: 'Degraded', to: 'Degraded', maintenance: false },
    ],
    [
      'same raw change, same unified status',
      known('Pages', 'Degraded'),
      entry('Pages', 'Degraded', 'partial_outage'),
      null,
    ],
  ])('%s', (_name, before, after, change) => {
    const plan = planSnapshot(
      { overall: { status: 'OK', maintenance: false }, services: [before] },
      { overall, services: [after] },
      false,
      now,
    );
    expect(plan.changes).toEqual(change ? [{ service: 'Pages', ...change }] : []);
  });

  it('an incident feed that stops naming a service means it recovered', () => {
    const plan = planSnapshot(
      {
        overall: { status: 'Degraded', maintenance: false },
        services: [known('Cloud Run', 'Degraded'), known('BigQuery', 'OK')],
      },
      { overall: entry('Google Cloud', 'OK', null), services: [] },
      true,
      now,
    );
    expect(plan.removed).toEqual(['Cloud Run', 'BigQuery']);
    expect(plan.changes).toEqual([
      { service: null, from: 'Degraded', to: 'OK', maintenance: false },
      { service: 'Cloud Run', from: 'Degraded', to: 'OK', maintenance: false },
    ]);
  });

  it('a status page that stops listing a component just removes it', () => {
    const plan = planSnapshot(
      { overall: { status: 'OK', maintenance: false }, services: [known('Old', 'Outage')] },
      { overall, services: [] },
      false,
      now,
    );
    expect(plan).toEqual({ changes: [], services: [], removed: ['Old'] });
  });
});

describe('isStale', () => {
  it.each([
    [0, false],
    [2, false],
    [3, true],
    [10, true],
  ])('%i consecutive failures → %s', (n, stale) => expect(isStale(n)).toBe(stale));
});
