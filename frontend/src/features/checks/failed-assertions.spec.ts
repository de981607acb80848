import { failedAssertions } from './failed-assertions';

const of = (failed_assertions: unknown) => failedAssertions({ details: { failed_assertions } });

describe('failedAssertions', () => {
  it.each([
    ['no details', null, []],
    ['no failed assertions', {}, []],
    ['not a list', { failed_assertions: 'oops' }, []],
  ])('%s → none', (_name, details, expected) => {
    expect(failedAssertions({ details: details as Record<string, unknown> | null })).toEqual(expected);
  });

  it.each([
    [
      { index: 0, type: 'json_path', message: '$.status is "down", expected "ok"' },
      { index: 0, label: 'Assertion 1 · JSON path', message: '$.status is "down", expected "ok"' },
    ],
    [
      { index: 2, type: 'body_contains', message: 'body does not contain "ok"' },
      { index: 2, label: 'Assertion 3 · Body contains', message: 'body does not contain "ok"' },
    ],
    [
      { index: 1, type: 'header', message: 'header x is missing' },
      { index: 1, label: 'Assertion 2 · Header', message: 'header x is missing' },
    ],
    [
      { index: 3, type: 'response_time_below', message: 'response took 900 ms, limit 500 ms' },
      { index: 3, label: 'Assertion 4 · Response time', message: 'response took 900 ms, limit 500 ms' },
    ],
    [
      { index: 4, type: 'something_new', message: 'm' },
      { index: 4, label: 'Assertion 5', message: 'm' },
    ],
    [
      { index: -1, type: 'health_body', message: 'status is DOWN' },
      { index: -1, label: 'Health body', message: 'status is DOWN' },
    ],
    [
      { index: -2, type: 'degraded_above_ms', message: 'response took 950 ms, degraded above 800 ms' },
      { index: -2, label: 'Degraded threshold', message: 'response took 950 ms, degraded above 800 ms' },
    ],
  ])('labels %o', (raw, expected) => {
    expect(of([raw])).toEqual([expected]);
  });

  it('keeps the order and drops malformed entries', () => {
    expect(
      of([
        { index: 1, type: 'header', message: 'b' },
        null,
        { index: 'x', message: 'bad index' },
        { index: 0, type: 'json_path' },
        { index: 0, type: 'json_path', message: 'a' },
      ]).map((f) => f.message),
    ).toEqual(['b', 'a']);
  });
});
