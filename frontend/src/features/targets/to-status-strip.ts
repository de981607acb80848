import type { ServiceHistory, UnifiedStatus } from './api/types';

export interface StripSegment {
  status: UnifiedStatus | null;
  maintenance: boolean;
  from: Date;
  to: Date;
  /** Share of the strip, 0–100. */
  percent: number;
}

/**
 * A service's history over [from, to] as contiguous segments for a status strip: the status in
 * force at `from` (null = not yet observed), then one segment per change. Pure; `now` caps `to`.
 */
export function toStatusStrip(history: ServiceHistory, now: Date): StripSegment[] {
  const from = new Date(history.from);
  const to = new Date(Math.min(new Date(history.to).getTime(), now.getTime()));
  const span = to.getTime() - from.getTime();
  if (span <= 0) return [];
  const points: { at: Date; status: UnifiedStatus | null; maintenance: boolean }[] = [
    { at: from, status: history.initialStatus, maintenance: false },
  ];
  for (const c of history.changes) {
    const at = new Date(c.at);
    if (at < from || at > to) continue;
    points.push({ at, status: c.to, maintenance: c.maintenance === true });
  }
  const segments: StripSegment[] = [];
  points.forEach((p, i) => {
    const end = i + 1 < points.length ? points[i + 1]!.at : to;
    if (end.getTime() <= p.at.getTime()) return;
    const last = segments.at(-1);
    if (last && last.status === p.status && last.maintenance === p.maintenance) {
      last.to = end;
    } else {
      segments.push({ status: p.status, maintenance: p.maintenance, from: p.at, to: end, percent: 0 });
    }
  });
  for (const s of segments) s.percent = ((s.to.getTime() - s.from.getTime()) / span) * 100;
  return segments;
}
