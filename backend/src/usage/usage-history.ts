/** One counted use as the history endpoints return it. */
export interface UsageUse {
  /** The tag's count right after this use: 1 for the first use ever. */
  seq: number;
  usedAt: Date;
}

export type CompatHistory = Record<string, { date: string }>;

/**
 * The compatible history body: uses oldest first, keyed "1", "2", … in that order
 * (`{"1":{"date":"2026-12-01T06:00:00.000Z"},…}`). `keyBy: 'seq'` keys each use by its own number
 * instead, which stays stable from page to page (the /api/v1 variant).
 */
export function toCompatHistory(uses: UsageUse[], keyBy: 'position' | 'seq' = 'position'): CompatHistory {
  const ordered = [...uses].sort((a, b) => a.seq - b.seq);
  const out: CompatHistory = {};
  ordered.forEach((use, index) => {
    out[String(keyBy === 'seq' ? use.seq : index + 1)] = { date: use.usedAt.toISOString() };
  });
  return out;
}
