import { describeExpectedStatus, matchesExpectedStatus } from './expected-status.js';

describe('matchesExpectedStatus', () => {
  it.each<[number, (string | number)[], boolean]>([
    [200, [], true],
    [399, [], true],
    [404, [], false],
    [199, [], false],
    [200, ['200-299'], true],
    [299, ['200-299'], true],
    [300, ['200-299'], false],
    [304, ['200-299', 304], true],
    [304, ['200-299', '304'], true],
    [305, ['200-299', 304], false],
    [500, [500], true],
    [418, [' 400 - 499 '], true],
    [200, ['2xx'], false],
    [200, ['abc'], false],
  ])('%i against %j → %s', (code, expected, result) => {
    expect(matchesExpectedStatus(code, expected)).toBe(result);
  });

  it('describes the list for messages', () => {
    expect(describeExpectedStatus(['200-299', 304])).toBe('200-299, 304');
    expect(describeExpectedStatus([])).toBe('200-399');
  });
});
