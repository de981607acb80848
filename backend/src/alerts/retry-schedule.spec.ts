import { nextAttemptAt } from './retry-schedule.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const MINUTE = 60_000;
const policy = { maxAttempts: 6, baseMs: MINUTE };

describe('nextAttemptAt', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
  ])('after %i failed attempt(s) waits %i minute(s)', (attempts, minutes) => {
    expect(nextAttemptAt(attempts, NOW, policy)).toEqual(new Date(NOW.getTime() + minutes * MINUTE));
  });

  it.each([6, 7])('gives up after %i attempts', (attempts) => {
    expect(nextAttemptAt(attempts, NOW, policy)).toBeNull();
  });

  it('spreads the default six attempts over about half an hour', () => {
    let at = NOW;
    for (let attempts = 1; attempts < 6; attempts++) at = nextAttemptAt(attempts, at, policy)!;
    expect((at.getTime() - NOW.getTime()) / MINUTE).toBe(31);
  });

  it('honours a single-attempt policy', () => {
    expect(nextAttemptAt(1, NOW, { maxAttempts: 1, baseMs: 10 })).toBeNull();
  });
});
