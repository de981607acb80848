/**
 * Exact percentile by nearest rank: the smallest value v such that at least p % of the values are ≤ v
 * (rank ⌈p/100 × n⌉ of the sorted values). PostgreSQL's `percentile_disc(p/100)` is the same definition,
 * so the exact figures computed in SQL and here agree. Empty input → null.
 */
export function exactPercentile(sortedValues: readonly number[], p: number): number | null {
  const n = sortedValues.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sortedValues[Math.min(n, rank) - 1]!;
}

export function sortNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
