import { bucketStart, seriesWindow } from './usage-series.js';

const d = (iso: string) => new Date(iso);
const NOW = d('2026-12-01T06:20:00.000Z');

describe('bucketStart', () => {
  it.each([
    ['2026-12-01T06:20:31.123Z', 'hour', '2026-12-01T06:00:00.000Z'],
    ['2026-12-01T06:00:00.000Z', 'hour', '2026-12-01T06:00:00.000Z'],
    ['2026-12-01T23:59:59.999Z', 'day', '2026-12-01T00:00:00.000Z'],
  ] as const)('%s in %s buckets starts at %s', (at, bucket, expected) => {
    expect(bucketStart(d(at), bucket).toISOString()).toBe(expected);
  });
});

describe('seriesWindow', () => {
  it.each([
    {
      name: 'hours by default: 48 hours up to the end of the current hour',
      bucket: 'hour' as const,
      requested: {},
      expected: { from: '2026-11-29T07:00:00.000Z', to: '2026-12-01T07:00:00.000Z' },
    },
    {
      name: 'days by default: 30 days up to the end of today',
      bucket: 'day' as const,
      requested: {},
      expected: { from: '2026-11-02T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z' },
    },
    {
      name: 'an explicit window snaps outwards to bucket edges',
      bucket: 'hour' as const,
      requested: { from: d('2026-11-30T10:15:00Z'), to: d('2026-11-30T12:01:00Z') },
      expected: { from: '2026-11-30T10:00:00.000Z', to: '2026-11-30T13:00:00.000Z' },
    },
    {
      name: 'exactly the largest hour window',
      bucket: 'hour' as const,
      requested: { from: d('2026-10-31T00:00:00Z'), to: d('2026-12-01T00:00:00Z') },
      expected: { from: '2026-10-31T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
    },
    {
      name: 'wider than 31 days of hours',
      bucket: 'hour' as const,
      requested: { from: d('2026-10-30T23:00:00Z'), to: d('2026-12-01T00:00:00Z') },
      expected: null,
    },
  ])('$name', ({ bucket, requested, expected }) => {
    const window = seriesWindow(bucket, requested, NOW);
    expect(window && { from: window.from.toISOString(), to: window.to.toISOString() }).toEqual(expected);
  });
});
