import type { ServiceHistory } from './api/types';
import { toStatusStrip } from './to-status-strip';

const base: ServiceHistory = {
  target: 'github',
  service: 'Actions',
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-01-02T00:00:00.000Z',
  initialStatus: 'OK',
  changes: [],
};
const now = new Date('2026-01-03T00:00:00Z');
const simple = (h: ServiceHistory, at = now) =>
  toStatusStrip(h, at).map((s) => [s.status, s.maintenance, Math.round(s.percent * 100) / 100]);

describe('toStatusStrip', () => {
  it.each<[string, Partial<ServiceHistory>, Date, (string | boolean | number | null)[][]]>([
    ['no changes: one segment', {}, now, [['OK', false, 100]]],
    ['never observed before the range', { initialStatus: null }, now, [[null, false, 100]]],
    [
      'a six-hour outage in the middle',
      {
        changes: [
          { at: '2026-01-01T06:00:00.000Z', from: 'OK', to: 'Outage' },
          { at: '2026-01-01T12:00:00.000Z', from: 'Outage', to: 'OK' },
        ],
      },
      now,
      [
        ['OK', false, 25],
        ['Outage', false, 25],
        ['OK', false, 50],
      ],
    ],
    [
      'maintenance is its own segment',
      { changes: [{ at: '2026-01-01T18:00:00.000Z', from: 'OK', to: 'Degraded', maintenance: true }] },
      now,
      [
        ['OK', false, 75],
        ['Degraded', true, 25],
      ],
    ],
    [
      'a first observation at the start replaces the unknown beginning',
      { initialStatus: null, changes: [{ at: '2026-01-01T00:00:00.000Z', from: null, to: 'OK' }] },
      now,
      [['OK', false, 100]],
    ],
    [
      'the range ends now when it reaches into the future',
      { changes: [{ at: '2026-01-01T06:00:00.000Z', from: 'OK', to: 'Degraded' }] },
      new Date('2026-01-01T12:00:00Z'),
      [
        ['OK', false, 50],
        ['Degraded', false, 50],
      ],
    ],
  ])('%s', (_name, patch, at, expected) => {
    expect(simple({ ...base, ...patch }, at)).toEqual(expected);
  });

  it('is empty for an empty range', () => {
    expect(toStatusStrip({ ...base, to: base.from }, now)).toEqual([]);
  });
});
