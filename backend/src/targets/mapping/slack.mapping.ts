import { z } from 'zod';
import {
  entry,
  latest,
  parseTimestamp,
  worstOf,
  type Level,
  type VendorReport,
  lookupLevel,
} from '../unified-status.js';
import { expectShape } from './vendor-errors.js';

/** Slack Status API v2.0.0 `current`: only active items count. */
export const SLACK_OVERALL = 'Slack';

const ITEM_LEVELS: Record<string, Level> = {
  outage: 'Outage',
  incident: 'Degraded',
  notice: 'OK',
  maintenance: 'Maintenance',
};

export function mapSlackItemType(type: string | null | undefined): Level {
  return lookupLevel(ITEM_LEVELS, type);
}

const item = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  date_updated: z.string().nullish(),
  title: z.string().nullish(),
  type: z.string().nullish(),
  status: z.string().nullish(),
  url: z.string().nullish(),
  services: z.array(z.string()).nullish(),
});
const currentDoc = z.object({
  status: z.string(),
  date_updated: z.string().nullish(),
  active_incidents: z.array(item).nullish(),
});

export function mapSlackCurrent(document: unknown): VendorReport {
  const doc = expectShape(currentDoc, document, 'Slack current status');
  const counted = (doc.active_incidents ?? []).filter((i) => i.status === 'active');
  const byService = new Map<string, { level: Level; item: (typeof counted)[0] }>();
  for (const it of counted) {
    const level = mapSlackItemType(it.type);
    for (const name of it.services ?? []) {
      const seen = byService.get(name);
      if (!seen || worstOf([seen.level, level]) !== seen.level) byService.set(name, { level, item: it });
    }
  }
  const services = [...byService.entries()].map(([name, { level, item: it }]) =>
    entry(name, level, it.type ?? null, parseTimestamp(it.date_updated), {
      incidentTitle: it.title,
      incidentLink: it.url,
    }),
  );
  const overallLevel: Level =
    doc.status === 'ok'
      ? 'OK'
      : doc.status === 'active'
        ? worstOf(counted.map((i) => mapSlackItemType(i.type)))
        : 'Unknown';
  const newest = counted[0];
  const overall = entry(
    SLACK_OVERALL,
    overallLevel,
    doc.status,
    latest([parseTimestamp(doc.date_updated), ...counted.map((i) => parseTimestamp(i.date_updated))]),
    { incidentTitle: newest?.title, incidentLink: newest?.url },
  );
  return { overall, services };
}
