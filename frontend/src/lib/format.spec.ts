import { formatAgo, formatInterval, formatMs, formatUtc } from './format';

describe('formatAgo', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it.each([
    [0, '0 s ago'],
    [12, '12 s ago'],
    [59, '59 s ago'],
    [60, '1 min ago'],
    [3599, '59 min ago'],
    [3600, '1 h ago'],
    [47 * 3600, '47 h ago'],
    [48 * 3600, '2 d ago'],
    [-30, '0 s ago'],
  ])('%i seconds → %s', (seconds, text) => {
    expect(formatAgo(new Date(now.getTime() - seconds * 1000), now)).toBe(text);
  });
});

describe('formatUtc', () => {
  it('prints minutes in UTC', () => {
    expect(formatUtc(new Date('2026-11-23T08:04:59.999Z'))).toBe('2026-11-23 08:04 UTC');
  });
});

describe('formatMs', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, '—'],
    [0, '0 ms'],
    [12.4, '12 ms'],
    [999, '999 ms'],
    [1234, '1.23 s'],
    [12_345, '12.3 s'],
  ])('%s → %s', (ms, text) => expect(formatMs(ms)).toBe(text));
});

describe('formatInterval', () => {
  it.each([
    [null, '—'],
    [5, '5 s'],
    [90, '90 s'],
    [60, '1 min'],
    [300, '5 min'],
    [3600, '1 h'],
    [5400, '1 h 30 min'],
    [86_400, '1 d'],
  ])('%s → %s', (seconds, text) => expect(formatInterval(seconds)).toBe(text));
});
