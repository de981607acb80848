/**
 * Whether a status code is one of the expected ones: codes (200, "204") and inclusive ranges
 * ("200-299"). An empty list means the default, 200–399.
 */
export function matchesExpectedStatus(statusCode: number, expected: readonly (string | number)[]): boolean {
  if (expected.length === 0) return statusCode >= 200 && statusCode <= 399;
  return expected.some((item) => {
    if (typeof item === 'number') return statusCode === item;
    const range = /^\s*(\d{3})\s*-\s*(\d{3})\s*$/.exec(item);
    if (range) return statusCode >= Number(range[1]) && statusCode <= Number(range[2]);
    return /^\s*\d{3}\s*$/.test(item) && statusCode === Number(item);
  });
}

/** "200-299, 304" for messages. */
export function describeExpectedStatus(expected: readonly (string | number)[]): string {
  return expected.length === 0 ? '200-399' : expected.join(', ');
}
