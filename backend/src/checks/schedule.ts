/**
 * Due times of the check scheduler. An endpoint's checks sit on a fixed grid (its first due time plus
 * multiples of its interval), so a slow check or a busy loop does not make it drift, and the grid's
 * phase is a stable hash of its id: 10,000 endpoints loaded together are spread over the interval,
 * and after a restart each is checked again within one interval.
 */

/** A stable offset in [0, intervalMs) from the endpoint id (Knuth's multiplicative hash). */
export function phaseOffsetMs(endpointId: number, intervalMs: number): number {
  const hash = Math.imul(endpointId >>> 0, 2_654_435_761) >>> 0;
  return Math.floor((hash / 2 ** 32) * intervalMs);
}

/** The first due time at or after now on the endpoint's grid. */
export function firstDueAtMs(endpointId: number, intervalMs: number, nowMs: number): number {
  const offset = phaseOffsetMs(endpointId, intervalMs);
  const wait = (((offset - nowMs) % intervalMs) + intervalMs) % intervalMs;
  return nowMs + wait;
}

/**
 * The due time after a run that was due at previousDueMs and finished at nowMs: the next grid point
 * after now. An endpoint overdue by many intervals (a stall, a long queue) runs once, not once per
 * missed slot.
 */
export function nextDueAtMs(previousDueMs: number, intervalMs: number, nowMs: number): number {
  const next = previousDueMs + intervalMs;
  if (next > nowMs) return next;
  return previousDueMs + (Math.floor((nowMs - previousDueMs) / intervalMs) + 1) * intervalMs;
}
