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
  it.each([
    ['on time', 10_000, 1_000, 10_050, 11_000],
    ['finished just before the next slot', 10_000, 1_000, 10_999, 11_000],
    ['finished exactly at the next slot: skip to the one after', 10_000, 1_000, 11_000, 12_000],
    ['stalled for 10 intervals: runs once, at the next slot', 10_000, 1_000, 20_500, 21_000],
    ['stalled long', 0, 20_000, 1_000_001, 1_020_000],
  ])('%s', (_name, previous, interval, now, expected) => {
    expect(nextDueAtMs(previous, interval, now)).toBe(expected);
  });
});
