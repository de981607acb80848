import type { OverviewRow } from './api/types';
import { compareText } from '@/lib/text';

/**
 * Overview rows with the lowest uptime first (what a dashboard should lead with); rows without any
 * check in the period (uptime null) after those with figures; then by name, so the order is stable.
 */
export function worstUptimeFirst(rows: readonly OverviewRow[]): OverviewRow[] {
  return [...rows].sort((a, b) => {
    const ua = a.uptime_percentage;
    const ub = b.uptime_percentage;
    if (ua !== ub) {
      if (ua === null) return 1;
      if (ub === null) return -1;
      return ua - ub;
    }
    return compareText(a.endpoint_name, b.endpoint_name);
  });
}
