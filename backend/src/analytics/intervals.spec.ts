import { intersect, measureMs, subtract, union, type Interval } from './intervals.js';

const iv = (startMs: number, endMs: number): Interval => ({ startMs, endMs });

describe('interval arithmetic', () => {
  it.each([
    {
      name: 'merges overlaps and touching ends',
      input: [iv(5, 8), iv(0, 3), iv(3, 4), iv(7, 10)],
      want: [iv(0, 4), iv(5, 10)],
    },
    { name: 'drops empty and inverted', input: [iv(3, 3), iv(5, 2)], want: [] },
  ])('union $name', ({ input, want }) => {
    expect(union(input)).toEqual(want);
  });

  it.each([
    { a: [iv(0, 10)], b: [iv(2, 4), iv(6, 12)], want: [iv(2, 4), iv(6, 10)] },
    { a: [iv(0, 10)], b: [], want: [] },
    { a: [iv(0, 5), iv(10, 15)], b: [iv(4, 11)], want: [iv(4, 5), iv(10, 11)] },
  ])('intersect %#', ({ a, b, want }) => {
    expect(intersect(a, b)).toEqual(want);
  });

  it.each([
    { a: [iv(0, 10)], b: [iv(2, 4), iv(6, 12)], want: [iv(0, 2), iv(4, 6)] },
    { a: [iv(0, 10)], b: [], want: [iv(0, 10)] },
    { a: [iv(0, 10)], b: [iv(-5, 20)], want: [] },
  ])('subtract %#', ({ a, b, want }) => {
    expect(subtract(a, b)).toEqual(want);
  });

  it('measures the union, not the sum', () => {
    expect(measureMs([iv(0, 10), iv(5, 15)])).toBe(15);
    expect(measureMs([])).toBe(0);
  });
});
