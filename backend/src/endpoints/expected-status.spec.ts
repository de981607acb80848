import { normalizeStatusItem, parseStatusItem, statusMatches } from './expected-status.js';

describe('parseStatusItem', () => {
  it.each([
    [200, { min: 200, max: 200 }],
    ['304', { min: 304, max: 304 }],
    ['200-299', { min: 200, max: 299 }],
    [' 200 - 299 ', { min: 200, max: 299 }],
    ['100-599', { min: 100, max: 599 }],
  ])('reads %j', (item, range) => {
    expect(parseStatusItem(item)).toEqual(range);
  });

  it.each([99, 600, 200.5, -1, '2xx', '', '200-', '299-200', '099', '200-600', 'abc', '1000'])(
    'refuses %j with a reason',
    (item) => {
      expect(typeof parseStatusItem(item)).toBe('string');
    },
  );
});

describe('normalizeStatusItem', () => {
  it.each([
    ['304', 304],
    [' 200 - 299 ', '200-299'],
    ['404-404', 404],
    [201, 201],
  ])('%j → %j', (item, out) => {
    expect(normalizeStatusItem(item)).toEqual(out);
  });
});

describe('statusMatches', () => {
  it.each([
    [200, ['200-399'], true],
    [399, ['200-399'], true],
    [400, ['200-399'], false],
    [304, ['200-299', 304], true],
    [305, ['200-299', 304], false],
    [500, [], false],
  ])('%i against %j → %s', (code, expected, result) => {
    expect(statusMatches(code, expected as (string | number)[])).toBe(result);
  });
});
