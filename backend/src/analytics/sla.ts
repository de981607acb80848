/** The window of a calendar month in UTC, "2026-10" → [2026-10-01, 2026-11-01). */
export function monthWindow(month: string): { from: Date; to: Date } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  if (monthIndex < 0 || monthIndex > 11) return null;
  return { from: new Date(Date.UTC(year, monthIndex, 1)), to: new Date(Date.UTC(year, monthIndex + 1, 1)) };
}

export interface SlaFigures {
  /** e.g. 99.9; null = no target set on the endpoint. */
  targetPercentage: number | null;
  countedSeconds: number;
  downtimeSeconds: number;
  uptimePercentage: number | null;
}

export interface SlaOutcome {
  allowedDowntimeMinutes: number | null;
  actualDowntimeMinutes: number;
  breached: boolean;
}

/**
 * Allowed downtime = counted time × (1 − target); breached when achieved uptime is below the target.
 * No target → nothing allowed or breached; no counted time → not breached (nothing was promised).
 */
export function slaOutcome(f: SlaFigures): SlaOutcome {
  const round2 = (v: number) => Math.round(v * 100) / 100;
  return {
    allowedDowntimeMinutes:
      f.targetPercentage === null ? null : round2((f.countedSeconds / 60) * (1 - f.targetPercentage / 100)),
    actualDowntimeMinutes: round2(f.downtimeSeconds / 60),
    breached: f.targetPercentage !== null && f.uptimePercentage !== null && f.uptimePercentage < f.targetPercentage,
  };
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or newline. */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const field = (v: string | number | boolean | null) => {
    const text = v === null ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
