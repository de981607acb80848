/** Base of the exponential backoff between attempts: 0.5 s, 1 s, 2 s, 4 s, … */
export const RETRY_BASE_MS = 500;

/**
 * The wait before retry number `retry` (1 = the first retry), or null when no retry fits: the retry
 * (its wait plus its own timeout) must end before the endpoint's next due time, so retries never push
 * the schedule. `random` in [0, 1) spreads the wait ±25 % so failing endpoints do not retry in step.
 */
export function retryDelayMs(options: {
  retry: number;
  maxRetries: number;
  nowMs: number;
  nextDueAtMs: number;
  timeoutMs: number;
  random: number;
}): number | null {
  if (options.retry > options.maxRetries) return null;
  const base = RETRY_BASE_MS * 2 ** (options.retry - 1);
  const delay = Math.round(base * (0.75 + options.random * 0.5));
  if (options.nowMs + delay + options.timeoutMs > options.nextDueAtMs) return null;
  return delay;
}
