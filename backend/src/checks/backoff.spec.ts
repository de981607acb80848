import { retryDelayMs } from './backoff.js';

const base = { maxRetries: 3, nowMs: 0, nextDueAtMs: 60_000, timeoutMs: 1_000, random: 0.5 };

describe('retryDelayMs', () => {
  it.each<[string, Partial<typeof base> & { retry: number }, number | null]>([
    ['first retry waits 0.5 s', { retry: 1 }, 500],
    ['second retry 1 s', { retry: 2 }, 1_000],
    ['third retry 2 s', { retry: 3 }, 2_000],
    ['no retry beyond the maximum', { retry: 4 }, null],
    ['no retries configured', { retry: 1, maxRetries: 0 }, null],
    ['jitter low end −25 %', { retry: 2, random: 0 }, 750],
    ['jitter high end +25 %', { retry: 2, random: 0.999 }, 1_250],
    ['never past the next due time', { retry: 3, nowMs: 57_500 }, null],
    ['fits exactly before the next due time', { retry: 1, nowMs: 58_500 }, 500],
    ['timeout counts towards the deadline', { retry: 1, nowMs: 58_600 }, null],
  ])('%s', (_name, over, expected) => {
    expect(retryDelayMs({ ...base, ...over })).toBe(expected);
  });
});
