import { formatDuration, formatMs, formatPercent } from './format-duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [42, '42 s'],
    [600, '10 min'],
    [3600, '1 h'],
    [4980, '1 h 23 min'],
    [86_400, '1 d'],
    [90_000, '1 d 1 h'],
    [-5, '0 s'],
  ])('%i s → %s', (s, want) => expect(formatDuration(s)).toBe(want));
});

describe('formatPercent / formatMs', () => {
  it('shows a dash for null, never NaN', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(99.9)).toBe('99.9 %');
    expect(formatMs(null)).toBe('—');
    expect(formatMs(151.6)).toBe('152 ms');
  });
});
