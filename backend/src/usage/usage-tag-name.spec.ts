import { parseTagName } from './usage-tag-name.js';

describe('parseTagName', () => {
  it.each([
    ['signup', 'signup'],
    ['a', 'a'],
    ['page/home.v2-beta_1', 'page/home.v2-beta_1'],
    ['x'.repeat(100), 'x'.repeat(100)],
    ['ABC.123', 'ABC.123'],
  ])('accepts %s', (input, expected) => {
    expect(parseTagName(input)).toBe(expected);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['101 characters', 'x'.repeat(101)],
    ['a space', 'my tag'],
    ['a query character', 'a?b'],
    ['unicode letters', 'café'],
    ['a newline', 'a\nb'],
    ['a repeated parameter', ['a', 'b']],
    ['a number', 5],
  ])('refuses %s', (_label, input) => {
    expect(parseTagName(input)).toBeNull();
  });
});
