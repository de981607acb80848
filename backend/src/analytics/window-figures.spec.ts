import type { EndpointStatus } from '../db/schema.js';
import type { EndpointInfo } from './analytics.repository.js';
import type { StateChange } from './uptime.js';
import { generalTimeFigures, timeFigures, type TimeInput } from './window-figures.js';
import { seededRandom as random } from '../../test/random.js';

const HOUR = 3_600_000;
const STATUSES: EndpointStatus[] = ['UP', 'DOWN', 'DEGRADED', 'PAUSED', 'PENDING'];

function endpoint(status: EndpointStatus, createdAt: Date): EndpointInfo {
  return { id: 1, name: 'e', tags: [], createdAt, status, slaTarget: null, isActive: true };
}

describe('timeFigures', () => {
  const from = new Date('2026-11-30T10:00:00Z');
  const to = new Date(from.getTime() + 24 * HOUR);

  it('takes the steady shortcut with the same answer as the general computation (2,000 random cases)', () => {
    const next = random(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    for (let k = 0; k < 2000; k++) {
      // Created long before, just before, inside or after the window; changes only before it.
      const createdAt = new Date(from.getTime() + (next() * 30 - 26) * HOUR);
      const changes: StateChange[] = Array.from({ length: Math.floor(next() * 4) }, () => ({
        at: new Date(from.getTime() - Math.floor(next() * 72 * HOUR) - 1),
        from: pick(STATUSES),
        to: pick(STATUSES),
      }));
      const input: TimeInput = {
        endpoint: endpoint(pick(STATUSES), createdAt),
        from,
        to,
        changes,
        incidents: [],
        maintenance: [],
      };
      expect(timeFigures(input), `case ${k}: ${JSON.stringify(input)}`).toEqual(generalTimeFigures(input));
    }
  });

  it('counts the whole window of an endpoint that was UP all through it, DEGRADED time as degraded', () => {
    const old = new Date(from.getTime() - 48 * HOUR);
    expect(
      timeFigures({ endpoint: endpoint('UP', old), from, to, changes: [], incidents: [], maintenance: [] }),
    ).toEqual({
      countedSeconds: 86_400,
      downtimeSeconds: 0,
      degradedSeconds: 0,
      uptimePercentage: 100,
    });
    const degradedSince = [{ at: new Date(from.getTime() - HOUR), from: 'UP' as const, to: 'DEGRADED' as const }];
    const created = new Date(from.getTime() + 6 * HOUR);
    expect(
      timeFigures({
        endpoint: endpoint('UP', created),
        from,
        to,
        changes: degradedSince,
        incidents: [],
        maintenance: [],
      }),
    ).toEqual({ countedSeconds: 18 * 3600, downtimeSeconds: 0, degradedSeconds: 18 * 3600, uptimePercentage: 100 });
  });

  it('computes in full an endpoint with a change, an incident or maintenance in the window', () => {
    const old = new Date(from.getTime() - 48 * HOUR);
    const down = { at: new Date(from.getTime() + 12 * HOUR), from: 'UP' as const, to: 'DOWN' as const };
    const incident = { endpointId: 1, startedAt: down.at, resolvedAt: new Date(down.at.getTime() + HOUR) };
    const figures = timeFigures({
      endpoint: endpoint('UP', old),
      from,
      to,
      changes: [down],
      incidents: [incident],
      maintenance: [],
    });
    expect(figures).toMatchObject({ countedSeconds: 86_400, downtimeSeconds: 3600 });
    const maintained = timeFigures({
      endpoint: endpoint('UP', old),
      from,
      to,
      changes: [],
      incidents: [],
      maintenance: [{ startMs: from.getTime(), endMs: from.getTime() + 2 * HOUR }],
    });
    expect(maintained.countedSeconds).toBe(22 * 3600);
  });
});
