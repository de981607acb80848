/** Case-insensitive name order, then exact (the SPA's compareText): "api" < "Billing" < "billing-2". */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The dashboard's order: the lowest uptime first; endpoints without any check in the period (uptime
 * null) after those with figures; then by name, so the order is stable. A new array.
 */
export function worstUptimeFirst<
  T extends { endpoint: { name: string }; figures: { uptimePercentage: number | null } },
>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    const ua = a.figures.uptimePercentage;
    const ub = b.figures.uptimePercentage;
    if (ua !== ub) {
      if (ua === null) return 1;
      if (ub === null) return -1;
      return ua - ub;
    }
    return compareNames(a.endpoint.name, b.endpoint.name);
  });
}
