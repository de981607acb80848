import { seriesTotal, toUsageSeries } from './to-usage-series';

describe('toUsageSeries', () => {
  it.each([
    {
      name: 'fills empty hours with zero',
      input: {
        bucket: 'hour' as const,
        from: '2026-12-01T04:00:00.000Z',
        to: '2026-12-01T07:00:00.000Z',
        points: [{ at: '2026-12-01T05:00:00.000Z', count: 3 }],
      },
      expected: [
        ['04:00', 0],
        ['05:00', 3],
        ['06:00', 0],
      ],
    },
    {
      name: 'labels days by month and day, across a month boundary',
      input: {
        bucket: 'day' as const,
        from: '2026-11-30T00:00:00.000Z',
        to: '2026-12-02T00:00:00.000Z',
        points: [
          { at: '2026-11-30T00:00:00.000Z', count: 1 },
          { at: '2026-12-01T00:00:00.000Z', count: 7 },
        ],
      },
      expected: [
        ['11-30', 1],
        ['12-01', 7],
      ],
    },
    {
      name: 'an empty window',
      input: { bucket: 'hour' as const, from: '2026-12-01T04:00:00.000Z', to: '2026-12-01T04:00:00.000Z', points: [] },
      expected: [],
    },
  ])('$name', ({ input, expected }) => {
    const points = toUsageSeries(input);
    expect(points.map((p) => [p.label, p.count])).toEqual(expected);
    expect(seriesTotal(points)).toBe(expected.reduce((sum, [, count]) => sum + (count as number), 0));
  });
});
