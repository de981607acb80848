/**
 * Expected status codes of an HTTP check: a code (304), a range ("200-299"), or a list of both.
 * Codes are HTTP's 100–599. Stored and sent on the wire as given, single codes as numbers.
 */
export type ExpectedStatusItem = string | number;
export interface StatusRange {
  min: number;
  max: number;
}

export const DEFAULT_EXPECTED_STATUS: ExpectedStatusItem[] = ['200-399'];

const MIN_CODE = 100;
const MAX_CODE = 599;

/** A range for one item, or the reason it is not one. */
export function parseStatusItem(item: ExpectedStatusItem): StatusRange | string {
  if (typeof item === 'number') {
    return Number.isInteger(item) && item >= MIN_CODE && item <= MAX_CODE
      ? { min: item, max: item }
      : `${item} is not a status code (${MIN_CODE}-${MAX_CODE})`;
  }
  const match = /^\s*(\d{3})\s*(?:-\s*(\d{3})\s*)?$/.exec(item);
  if (!match) return `"${item}" is not a status code or a range like "200-299"`;
  const min = Number(match[1]);
  const max = Number(match[2] ?? match[1]);
  if (min < MIN_CODE || max > MAX_CODE) return `"${item}" is outside ${MIN_CODE}-${MAX_CODE}`;
  if (min > max) return `"${item}" starts after it ends`;
  return { min, max };
}

/** The canonical stored form: "304" → 304, " 200 - 299 " → "200-299". Assumes the item is valid. */
export function normalizeStatusItem(item: ExpectedStatusItem): ExpectedStatusItem {
  const range = parseStatusItem(item);
  if (typeof range === 'string') return item;
  return range.min === range.max ? range.min : `${range.min}-${range.max}`;
}

/** Whether a response status satisfies the expectation (invalid items match nothing). */
export function statusMatches(code: number, expected: ExpectedStatusItem[]): boolean {
  return expected.some((item) => {
    const range = parseStatusItem(item);
    return typeof range !== 'string' && code >= range.min && code <= range.max;
  });
}
