export interface RetryPolicy {
  maxAttempts: number;
  /** Delay after the first failed attempt; each further failure doubles it. */
  baseMs: number;
}

/**
 * When to try a delivery again after `attempts` failed attempts, or null when it has failed for good.
 * With 6 attempts and a 1-minute base the attempts run at 0, 1, 3, 7, 15 and 31 minutes.
 */
export function nextAttemptAt(attempts: number, now: Date, policy: RetryPolicy): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  return new Date(now.getTime() + policy.baseMs * 2 ** Math.max(0, attempts - 1));
}
