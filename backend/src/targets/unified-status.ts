/**
 * The unified public-status vocabulary: exactly four statuses. Vendors' planned maintenance is
 * carried as `Degraded` plus `maintenance: true` in the dimensions; inside the mappers it is the
 * fifth level `Maintenance` until it reaches the wire.
 */
export const UNIFIED_STATUSES = ['OK', 'Degraded', 'Outage', 'Unknown'] as const;
export type UnifiedStatus = (typeof UNIFIED_STATUSES)[number];

/** A mapped vendor value before it becomes a unified status. */
export type Level = UnifiedStatus | 'Maintenance';

/** What a vendor says about one service, plus whatever detail it provides. */
export interface Dimensions {
  /** The vendor's own value, verbatim (a string or a numeric code). */
  rawStatus: string | number | null;
  maintenance?: true;
  [detail: string]: unknown;
}

/** One entry of a parsed vendor document: the overall entry or one service. */
export interface ServiceEntry {
  name: string;
  status: UnifiedStatus;
  /** When the vendor last changed this entry, if it says. */
  lastTimestamp: Date | null;
  dimensions: Dimensions;
}

/** A parsed vendor document: the provider-level entry and the individual services. */
export interface VendorReport {
  overall: ServiceEntry;
  services: ServiceEntry[];
}

// OK < Unknown < Degraded < Outage; a maintenance ranks as Degraded but loses ties to a real degradation.
const RANK: Record<Level, number> = { OK: 0, Unknown: 1, Maintenance: 2, Degraded: 3, Outage: 5 };
const SEVERITY: Record<Level, number> = { OK: 0, Unknown: 1, Maintenance: 2, Degraded: 2, Outage: 3 };

/** The most severe level; combining nothing gives OK. */
export function worstOf(levels: Iterable<Level>): Level {
  let worst: Level = 'OK';
  for (const level of levels) if (RANK[level] > RANK[worst]) worst = level;
  return worst;
}

/** Severity rank of a unified status (for sorting and "is it worse" decisions). */
export function severity(status: Level): number {
  return SEVERITY[status];
}

export function isUnifiedStatus(value: unknown): value is UnifiedStatus {
  return typeof value === 'string' && (UNIFIED_STATUSES as readonly string[]).includes(value);
}

/** Builds an entry from a level: Maintenance becomes Degraded with `maintenance: true`. */
export function entry(
  name: string,
  level: Level,
  rawStatus: string | number | null,
  lastTimestamp: Date | null = null,
  details: Record<string, unknown> = {},
): ServiceEntry {
  const dimensions: Dimensions = { rawStatus, ...withoutEmpty(details) };
  if (level === 'Maintenance') dimensions.maintenance = true;
  return { name, status: level === 'Maintenance' ? 'Degraded' : level, lastTimestamp, dimensions };
}

/** The level an entry stands for again (for worst-of over entries). */
export function levelOf(e: ServiceEntry): Level {
  return e.dimensions.maintenance ? 'Maintenance' : e.status;
}

/** Parses a vendor timestamp; anything unparseable is null, never an error. */
export function parseTimestamp(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const date = typeof value === 'number' ? new Date(value) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The latest of some timestamps (null when none). */
export function latest(dates: Iterable<Date | null>): Date | null {
  let result: Date | null = null;
  for (const d of dates) if (d && (!result || d > result)) result = d;
  return result;
}

function withoutEmpty(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** Looks a vendor value up in its vocabulary table; anything outside it is Unknown. */
export function lookupLevel(table: Readonly<Record<string, Level>>, value: string | number | null | undefined): Level {
  const key = value == null ? '' : String(value).trim();
  return (Object.hasOwn(table, key) && table[key]) || 'Unknown';
}
