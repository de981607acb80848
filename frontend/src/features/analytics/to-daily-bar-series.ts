import { formatDuration } from './format-duration';
import type { DailyUptime } from './api/types';

export type DayTone = 'good' | 'warn' | 'bad' | 'none';

export interface DayBar {
  date: string;
  tone: DayTone;
  /** The tooltip and accessible label: the figures in words, never colour alone. */
  label: string;
}

/** ≥ 99.9 % good, ≥ 99 % warn, below bad; no counted time (not yet monitored, paused) is "no data". */
export function dayTone(uptime: number | null): DayTone {
  if (uptime === null) return 'none';
  if (uptime >= 99.9) return 'good';
  if (uptime >= 99) return 'warn';
  return 'bad';
}

export function toDailyBarSeries(days: DailyUptime[]): DayBar[] {
  return days.map((d) => {
    if (d.uptime_percentage === null) return { date: d.date, tone: 'none', label: `${d.date}: no data` };
    const parts = [`${d.date}: ${d.uptime_percentage} % up`];
    if (d.downtime_seconds > 0) parts.push(`${formatDuration(d.downtime_seconds)} down`);
    if (d.incidents > 0) parts.push(`${d.incidents} incident${d.incidents === 1 ? '' : 's'}`);
    return { date: d.date, tone: dayTone(d.uptime_percentage), label: parts.join(', ') };
  });
}

/** Uptime over all days with data, weighted by day (what the bar's caption shows). */
export function averageUptime(days: DailyUptime[]): number | null {
  const known = days.filter((d) => d.uptime_percentage !== null);
  if (!known.length) return null;
  return Math.round((known.reduce((s, d) => s + d.uptime_percentage!, 0) / known.length) * 1000) / 1000;
}
