import { firstDueAtMs, nextDueAtMs, phaseOffsetMs } from './schedule.js';

describe('phaseOffsetMs', () => {
  it('is stable and inside the interval', () => {
    for (const id of [1, 2, 3, 1_000, 123_456_789]) {
      const offset = phaseOffsetMs(id, 20_000);
      expect(offset).toBe(phaseOffsetMs(id, 20_000));
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(20_000);
    }
  });

  it('spreads consecutive ids evenly over the interval (no second has more than twice its share)', () => {
    const perSecond = new Array<number>(20).fill(0);
    for (let id = 1; id <= 10_000; id++) perSecond[Math.floor(phaseOffsetMs(id, 20_000) / 1_000)]!++;
    expect(Math.max(...perSecond)).toBeLessThan(1_000);
    expect(Math.min(...perSecond)).toBeGreaterThan(250);
  });
});

describe('firstDueAtMs', () => {
  it.each([
    [1_000_000, 20_000],
    [1_000_001, 20_000],
    [5, 5_000],
  ])('is within one interval of now (now %i, interval %i) and on the phase grid', (now, interval) => {
    for (const id of [1, 7, 42, 9_999]) {
      const due = firstDueAtMs(id, interval, now);
      expect(due).toBeGreaterThanOrEqual(now);
      expect(due).toBeLessThan(now + interval);
      expect(((due % interval) + interval) % interval).toBe(phaseOffsetMs(id, interval));
    }
  });
});

describe('nextDueAtMs', () => {
  const id = 42;
  const interval = 1_000;
  const grid = (k: number) => firstDueAtMs(id, interval, 10_000) + k * interval;
  it.each([
    ['on time: the next grid point', grid(0), grid(0) + 50, grid(1)],
    ['finished just before the next slot', grid(0), grid(1) - 1, grid(1)],
    ['finished exactly at the next slot: the one after', grid(0), grid(1), grid(2)],
    ['stalled for 10 intervals: runs once, at the next slot', grid(0), grid(10) + 500, grid(11)],
    [
      'an immediate run half an interval or more before the grid: the grid point',
      grid(1) - 600,
      grid(1) - 590,
      grid(1),
    ],
    [
      'an immediate run just before a grid point: skips it (no two checks within half an interval)',
      grid(1) - 100,
      grid(1) - 90,
      grid(2),
    ],
  ])('%s', (_name, previous, now, expected) => {
    expect(nextDueAtMs(id, previous, interval, now)).toBe(expected);
  });

  it('endpoints run at once together end up spread over the interval', () => {
    const now = 5_000_000;
    const next = Array.from({ length: 1_000 }, (_, i) => nextDueAtMs(i + 1, now, 20_000, now + 5));
    const perSecond = new Array<number>(20).fill(0);
    for (const due of next) perSecond[Math.floor((due - now - 10_000) / 1_000)]!++;
    expect(Math.max(...perSecond)).toBeLessThan(100);
  });
});
