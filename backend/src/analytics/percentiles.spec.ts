import { exactPercentile } from './percentiles.js';

describe('exactPercentile (nearest rank)', () => {
  it.each([
    { values: [], p: 50, want: null },
    { values: [7], p: 99, want: 7 },
    { values: [1, 2, 3, 4], p: 50, want: 2 },
    { values: [1, 2, 3, 4], p: 51, want: 3 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 95, want: 10 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 90, want: 9 },
    { values: [10, 20, 30], p: 0, want: 10 },
    { values: [10, 20, 30], p: 100, want: 30 },
  ])('p$p of $values is $want', ({ values, p, want }) => {
    expect(exactPercentile(values, p)).toBe(want);
  });
});
