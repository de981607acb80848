import { z } from 'zod';
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

/** Google Cloud Service Health, incidents.json: one entry per product named by an open incident. */
export const GCP_OVERALL = 'Google Cloud';
const GCP_BASE = 'https://status.cloud.google.com/';

const GCP_LEVELS: Record<string, Level> = {
  AVAILABLE: 'OK',
  SERVICE_INFORMATION: 'OK',
  SERVICE_DISRUPTION: 'Degraded',
  SERVICE_OUTAGE: 'Outage',
};

export function mapGcpStatus(status: string | null | undefined): Level {
  return lookupLevel(GCP_LEVELS, status);
}

const location = z.object({ title: z.string().nullish(), id: z.string().nullish() });
const incident = z.object({
  id: z.string().nullish(),
  end: z.string().nullish(),
  modified: z.string().nullish(),
  external_desc: z.string().nullish(),
  status_impact: z.string().nullish(),
  most_recent_update: z.object({ status: z.string().nullish(), when: z.string().nullish() }).nullish(),
  affected_products: z.array(z.object({ title: z.string(), id: z.string().nullish() })).nullish(),
  uri: z.string().nullish(),
  currently_affected_locations: z.array(location).nullish(),
});
const incidentsDoc = z.array(incident);

type GcpIncident = z.infer<typeof incident>;

export function mapGcpIncidents(document: unknown): VendorReport {
  const incidents = expectShape(incidentsDoc, document, 'Google Cloud incidents');
  const open = incidents.filter((i) => !i.end);
  const products = new Map<string, { id?: string | null; hits: { level: Level; raw: string; inc: GcpIncident }[] }>();
  for (const inc of open) {
    const raw = inc.most_recent_update?.status || inc.status_impact || '';
    const level = mapGcpStatus(raw);
    for (const product of inc.affected_products ?? []) {
      const seen = products.get(product.title) ?? { id: product.id, hits: [] };
      seen.hits.push({ level, raw, inc });
      products.set(product.title, seen);
    }
  }
  const services = [...products.entries()].map(([name, { id, hits }]) => {
    const level = worstOf(hits.map((h) => h.level));
    const worst = hits.find((h) => h.level === level)!;
    const regions = new Set(hits.flatMap((h) => (h.inc.currently_affected_locations ?? []).map((l) => l.id)));
    regions.delete(undefined);
    regions.delete(null);
    return entry(name, level, worst.raw || null, latest(hits.map((h) => parseTimestamp(h.inc.modified))), {
      serviceId: id,
      region: regions.size ? [...regions].join(', ') : undefined,
      incidentTitle: worst.inc.external_desc,
      incidentLink: worst.inc.uri ? new URL(worst.inc.uri, GCP_BASE).toString() : undefined,
    });
  });
  const overall = entry(
    GCP_OVERALL,
    worstOf(services.map(levelOf)),
    null,
    latest(open.map((i) => parseTimestamp(i.modified))),
  );
  return { overall, services };
}
