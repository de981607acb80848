import { parseIntArray } from './db-rows.js';

describe('parseIntArray', () => {
  it.each([
    { text: '{}', expected: [] },
    { text: '{7}', expected: [7] },
    { text: '{0,12,305}', expected: [0, 12, 305] },
    { text: '{-3,40}', expected: [-3, 40] },
  ])('reads $text', ({ text, expected }) => {
    expect(parseIntArray(text)).toEqual(expected);
  });

  it('passes parsed arrays and nothing through', () => {
    expect(parseIntArray([1, '2'])).toEqual([1, 2]);
    expect(parseIntArray(null)).toEqual([]);
  });
});
