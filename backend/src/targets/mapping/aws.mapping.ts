import { z } from 'zod';
import { xmlText } from './decode.js';
import {
  entry,
  latest,
  levelOf,
  parseTimestamp,
  worstOf,
  type Level,
  type VendorReport,
  lookupLevel,
} from '../unified-status.js';
import { expectShape } from './vendor-errors.js';

/** AWS Health Dashboard: the currentevents JSON and the per-service RSS feeds. */
export const AWS_OVERALL = 'AWS';

const AWS_CODES: Record<string, Level> = { '0': 'OK', '1': 'Degraded', '2': 'Degraded', '3': 'Outage' };

/** AWS status codes 0–3 (strings or numbers); "informational" (1) is a live impairment on AWS. */
export function mapAwsCode(code: string | number | null | undefined): Level {
  return lookupLevel(AWS_CODES, code);
}

const code = z.union([z.string(), z.number()]).nullish();
const event = z.object({
  arn: z.string().nullish(),
  date: code,
  region_name: z.string().nullish(),
  status: code,
  service: z.string().nullish(),
  service_name: z.string().nullish(),
  summary: z.string().nullish(),
  impacted_services: z.record(z.string(), z.object({ service_name: z.string(), current: code })).nullish(),
});
const eventsDoc = z.array(event);

export function mapAwsCurrentEvents(document: unknown): VendorReport {
  const events = expectShape(eventsDoc, document, 'AWS current events');
  const byName = new Map<
    string,
    {
      level: Level;
      raw: string | number | null;
      at: Date | null;
      slug?: string;
      region?: string | null;
      title?: string | null;
    }
  >();
  for (const ev of events) {
    const at = ev.date != null ? parseTimestamp(Number(ev.date) * 1000) : null;
    const impacted = Object.entries(ev.impacted_services ?? {});
    const items = impacted.length
      ? impacted.map(([slug, s]) => ({ slug, name: s.service_name, raw: s.current ?? null }))
      : ev.service_name
        ? [{ slug: ev.service ?? undefined, name: ev.service_name, raw: ev.status ?? null }]
        : [];
    for (const item of items) {
      const name = ev.region_name ? `${item.name} (${ev.region_name})` : item.name;
      const level = mapAwsCode(item.raw);
      const seen = byName.get(name);
      if (seen && worstOf([seen.level, level]) === seen.level) continue;
      byName.set(name, { level, raw: item.raw, at, slug: item.slug, region: regionCode(item.slug), title: ev.summary });
    }
  }
  const services = [...byName.entries()].map(([name, s]) =>
    entry(name, s.level, s.raw, s.at, { serviceId: s.slug, region: s.region, incidentTitle: s.title }),
  );
  return {
    overall: entry(AWS_OVERALL, worstOf(services.map(levelOf)), null, latest(services.map((s) => s.lastTimestamp))),
    services,
  };
}

/** `ec2-us-east-1` → `us-east-1`; global slugs (`cloudfront`) have none. */
function regionCode(slug: string | undefined): string | undefined {
  const match = slug?.match(/-([a-z]{2}(?:-gov)?-[a-z]+-\d+)$/);
  return match?.[1];
}

const RSS_PREFIXES: [RegExp, Level][] = [
  [/^service is operating normally$/i, 'OK'],
  [/^informational message$/i, 'Degraded'],
  [/^performance issues$/i, 'Degraded'],
  [/^service degradation$/i, 'Degraded'],
  [/^service disruption$/i, 'Outage'],
];

/** One RSS item title: `[RESOLVED]` after the prefix wins, else the prefix decides. */
export function mapAwsRssTitle(title: string): Level {
  const colon = title.indexOf(':');
  if (colon >= 0 && /\[resolved\]/i.test(title.slice(colon + 1))) return 'OK';
  const prefix = (colon >= 0 ? title.slice(0, colon) : title).trim();
  return RSS_PREFIXES.find(([re]) => re.test(prefix))?.[1] ?? 'Unknown';
}

const rssDoc = z.object({
  rss: z.object({
    channel: z.object({
      title: z.unknown(),
      item: z
        .array(z.object({ title: z.unknown(), pubDate: z.unknown().optional(), link: z.unknown().optional() }))
        .optional(),
    }),
  }),
});

/** A per-service feed: one entry named by the channel title, from the newest item by pubDate. */
export function mapAwsRss(document: unknown): VendorReport {
  const doc = expectShape(rssDoc, document, 'AWS RSS feed');
  const channelTitle = xmlText(doc.rss.channel.title)?.trim();
  if (!channelTitle) return expectShape(z.never(), undefined, 'AWS RSS feed channel title');
  const name = channelTitle.replace(/\s+Service Status$/i, '');
  const items = (doc.rss.channel.item ?? []).map((i) => ({
    title: xmlText(i.title)?.trim() ?? '',
    at: parseTimestamp(xmlText(i.pubDate)),
  }));
  const newest = items.sort((a, b) => (b.at?.getTime() ?? -Infinity) - (a.at?.getTime() ?? -Infinity))[0];
  const level = newest ? mapAwsRssTitle(newest.title) : 'OK';
  const only = entry(name, level, newest?.title ?? null, newest?.at ?? null, {
    incidentTitle: newest && level !== 'OK' ? newest.title : undefined,
  });
  return { overall: only, services: [only] };
}
