/** 42 → "42 s", 600 → "10 min", 4980 → "1 h 23 min", 90000 → "1 d 1 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "99.306 %" or "—" when there is nothing to show. */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value} %`;
}

export function formatMs(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)} ms`;
}
