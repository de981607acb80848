import { pingQuery, runDurationMs, type PingInput } from './ping-input.js';

const NOW = new Date('2026-12-01T06:00:00.000Z');
const up: PingInput = { status: 'up' };

describe('runDurationMs', () => {
  it.each([
    { name: 'no start, no figure', input: up, started: null, expected: null },
    { name: 'since /start', input: up, started: '2026-12-01T05:59:58.500Z', expected: 1500 },
    {
      name: 'the caller’s figure wins',
      input: { ...up, duration_ms: 42 },
      started: '2026-12-01T05:00:00Z',
      expected: 42,
    },
    { name: 'a start in the future (clock skew)', input: up, started: '2026-12-01T06:00:01Z', expected: null },
    { name: 'an abandoned run of 8 days', input: up, started: '2026-11-23T06:00:00Z', expected: null },
  ])('$name', ({ input, started, expected }) => {
    expect(runDurationMs(input, started ? new Date(started) : null, NOW)).toBe(expected);
  });
});

describe('pingQuery', () => {
  it.each([
    [{}, true],
    [{ status: 'down', msg: 'disk full', duration_ms: '1200' }, true],
    [{ status: 'sideways' }, false],
    [{ duration_ms: '-1' }, false],
    [{ duration_ms: 'soon' }, false],
    [{ msg: 'x'.repeat(1001) }, false],
  ])('%j valid: %s', (input, valid) => {
    expect(pingQuery.safeParse(input).success).toBe(valid);
  });
});
