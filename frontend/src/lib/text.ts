/**
 * Text order and number formatting without Intl. The first localeCompare or toLocaleString of a page
 * load sets up ICU (about 8 ms and 4 ms measured in Chromium here), and the first screens sort and
 * count on their first render: these cost microseconds.
 */

/** Case-insensitive order (then exact, so it is total): "api" < "Billing" < "billing-2". */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An integer with thousands separators, as toLocaleString('en') writes it: 2000 → "2,000". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
