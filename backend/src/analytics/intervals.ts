/** A half-open time interval [startMs, endMs) in epoch milliseconds. */
export interface Interval {
  startMs: number;
  endMs: number;
}

/** Sorted, non-overlapping union of the intervals; empty ones are dropped. */
export function union(intervals: Interval[]): Interval[] {
  // The common cases (one status segment, no maintenance) without the filter-and-sort copies.
  if (intervals.length === 0) return [];
  if (intervals.length === 1) {
    const [only] = intervals as [Interval];
    return only.endMs > only.startMs ? [{ startMs: only.startMs, endMs: only.endMs }] : [];
  }
  const sorted = intervals.filter((i) => i.endMs > i.startMs).sort((a, b) => a.startMs - b.startMs);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.startMs <= last.endMs) last.endMs = Math.max(last.endMs, i.endMs);
    else out.push({ ...i });
  }
  return out;
}

/** The parts of `a` that are also in `b` (both any list; result is a sorted union). */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const ua = union(a);
  const ub = union(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < ua.length && j < ub.length) {
    const startMs = Math.max(ua[i]!.startMs, ub[j]!.startMs);
    const endMs = Math.min(ua[i]!.endMs, ub[j]!.endMs);
    if (endMs > startMs) out.push({ startMs, endMs });
    if (ua[i]!.endMs < ub[j]!.endMs) i++;
    else j++;
  }
  return out;
}

/** The parts of `a` that are not in `b`. */
export function subtract(a: Interval[], b: Interval[]): Interval[] {
  const ub = union(b);
  const out: Interval[] = [];
  for (const piece of union(a)) {
    let cursor = piece.startMs;
    for (const cut of ub) {
      if (cut.endMs <= cursor || cut.startMs >= piece.endMs) continue;
      if (cut.startMs > cursor) out.push({ startMs: cursor, endMs: cut.startMs });
      cursor = Math.max(cursor, cut.endMs);
    }
    if (cursor < piece.endMs) out.push({ startMs: cursor, endMs: piece.endMs });
  }
  return out;
}

/** Total length in milliseconds of the union of the intervals. */
export function measureMs(intervals: Interval[]): number {
  return union(intervals).reduce((sum, i) => sum + (i.endMs - i.startMs), 0);
}
