import { toCompatHistory } from './usage-history.js';

const at = (iso: string) => new Date(iso);

describe('toCompatHistory', () => {
  it.each([
    { name: 'no uses', uses: [], keyBy: 'position' as const, expected: {} },
    {
      name: 'oldest first, numbered from 1 whatever order they came in',
      uses: [
        { seq: 12, usedAt: at('2026-12-01T06:00:02.000Z') },
        { seq: 11, usedAt: at('2026-12-01T06:00:01.000Z') },
      ],
      keyBy: 'position' as const,
      expected: { '1': { date: '2026-12-01T06:00:01.000Z' }, '2': { date: '2026-12-01T06:00:02.000Z' } },
    },
    {
      name: 'keyed by the use number for stable pages',
      uses: [
        { seq: 12, usedAt: at('2026-12-01T06:00:02.000Z') },
        { seq: 11, usedAt: at('2026-12-01T06:00:01.000Z') },
      ],
      keyBy: 'seq' as const,
      expected: { '11': { date: '2026-12-01T06:00:01.000Z' }, '12': { date: '2026-12-01T06:00:02.000Z' } },
    },
  ])('$name', ({ uses, keyBy, expected }) => {
    const body = toCompatHistory(uses, keyBy);
    expect(body).toEqual(expected);
    // JSON keeps integer-like keys in ascending order, which is what callers iterate.
    expect(Object.keys(JSON.parse(JSON.stringify(body)))).toEqual(Object.keys(expected));
  });
});
