import { parsePeriodicity } from './collector-args.js';

describe('parsePeriodicity', () => {
  it.each<[string | undefined, number | undefined]>([
    ['60', 60],
    ['1', 1],
    ['86400', 86_400],
    [undefined, undefined],
    ['', undefined],
    ['abc', undefined],
    ['0', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['60s', undefined],
    ['86401', undefined],
  ])('%j → %s', (arg, expected) => expect(parsePeriodicity(arg)).toBe(expected));
});
