import { z } from 'zod';
import {
  entry,
  latest,
  levelOf,
  parseTimestamp,
  worstOf,
  type Level,
  type ServiceEntry,
  type VendorReport,
  lookupLevel,
} from '../unified-status.js';
import { expectShape } from './vendor-errors.js';

/** Atlassian Statuspage v2 (GitHub, Zoom, npm, Cloudflare, …) and incident.io pages imitating it. */

const COMPONENT_LEVELS: Record<string, Level> = {
  operational: 'OK',
  degraded_performance: 'Degraded',
  partial_outage: 'Degraded',
  major_outage: 'Outage',
  under_maintenance: 'Maintenance',
};

const INDICATOR_LEVELS: Record<string, Level> = {
  none: 'OK',
  minor: 'Degraded',
  major: 'Degraded',
  critical: 'Outage',
  maintenance: 'Maintenance',
};

export function mapComponentStatus(status: string | null | undefined): Level {
  return lookupLevel(COMPONENT_LEVELS, status);
}

/** `status.indicator` and incident `impact` share one vocabulary. */
export function mapIndicator(indicator: string | null | undefined): Level {
  return lookupLevel(INDICATOR_LEVELS, indicator);
}

const component = z.object({
  id: z.string().nullish(),
  name: z.string(),
  status: z.string().nullish(),
  updated_at: z.string().nullish(),
  group_id: z.string().nullish(),
  // incident.io pages omit `group`: missing means false.
  group: z.boolean().nullish(),
});
type Component = z.infer<typeof component>;

const incident = z.object({
  id: z.string().nullish(),
  name: z.string(),
  status: z.string().nullish(),
  impact: z.string().nullish(),
  shortlink: z.string().nullish(),
  updated_at: z.string().nullish(),
  components: z.array(component).nullish(),
});
type Incident = z.infer<typeof incident>;

const page = z.object({ name: z.string(), url: z.string().nullish(), updated_at: z.string().nullish() });
const indicator = z.object({ indicator: z.string(), description: z.string().nullish() });

const statusDoc = z.object({ page, status: indicator });
const componentsDoc = z.object({ page, components: z.array(component) });
const unresolvedDoc = z.object({ page, incidents: z.array(incident).nullable() });
const summaryDoc = z.object({
  page,
  status: indicator,
  components: z.array(component),
  // incident.io sends null instead of [].
  incidents: z.array(incident).nullish(),
  scheduled_maintenances: z.array(incident).nullish(),
});

export type StatuspageEndpoint = 'summary' | 'status' | 'components' | 'unresolved';

/** summary.json: overall from the indicator as given; one entry per non-group component. */
export function mapStatuspageSummary(document: unknown): VendorReport {
  const doc = expectShape(summaryDoc, document, 'Statuspage summary');
  const open = [...(doc.incidents ?? []), ...(doc.scheduled_maintenances ?? [])].filter(isOpen);
  const services = leafEntries(doc.components, open);
  const overall = entry(doc.page.name, mapIndicator(doc.status.indicator), doc.status.indicator, pageTime(doc.page), {
    description: doc.status.description,
    ...incidentDetails(open),
  });
  return { overall, services };
}

/** status.json: the overall entry only. */
export function mapStatuspageStatus(document: unknown): VendorReport {
  const doc = expectShape(statusDoc, document, 'Statuspage status');
  const overall = entry(doc.page.name, mapIndicator(doc.status.indicator), doc.status.indicator, pageTime(doc.page), {
    description: doc.status.description,
  });
  return { overall, services: [] };
}

/** components.json: no indicator, so overall = worst-of the leaf components. */
export function mapStatuspageComponents(document: unknown): VendorReport {
  const doc = expectShape(componentsDoc, document, 'Statuspage components');
  const services = leafEntries(doc.components, []);
  const level = worstOf(services.map(levelOf));
  return { overall: entry(doc.page.name, level, null, pageTime(doc.page)), services };
}

/** incidents/unresolved.json: overall = worst impact; components = worst status across incidents. */
export function mapStatuspageUnresolved(document: unknown): VendorReport {
  const doc = expectShape(unresolvedDoc, document, 'Statuspage unresolved incidents');
  const incidents = doc.incidents ?? [];
  const byName = new Map<string, { levels: Level[]; component: Component; incidents: Incident[] }>();
  for (const inc of incidents) {
    for (const c of inc.components ?? []) {
      if (c.group === true) continue;
      const seen = byName.get(c.name) ?? { levels: [], component: c, incidents: [] };
      seen.levels.push(mapComponentStatus(c.status));
      seen.incidents.push(inc);
      byName.set(c.name, seen);
    }
  }
  const services = [...byName.entries()].map(([name, seen]) => {
    const level = worstOf(seen.levels);
    const raw = seen.component.status ?? null;
    return entry(name, level, raw, parseTimestamp(seen.component.updated_at), {
      serviceId: seen.component.id,
      ...incidentDetails(seen.incidents),
    });
  });
  const overall = entry(
    doc.page.name,
    worstOf(incidents.map((i) => mapIndicator(i.impact))),
    null,
    pageTime(doc.page),
    incidentDetails(incidents),
  );
  return { overall, services };
}

export const STATUSPAGE_MAPPERS: Record<StatuspageEndpoint, (document: unknown) => VendorReport> = {
  summary: mapStatuspageSummary,
  status: mapStatuspageStatus,
  components: mapStatuspageComponents,
  unresolved: mapStatuspageUnresolved,
};

function leafEntries(components: Component[], open: Incident[]): ServiceEntry[] {
  const groups = new Map(components.filter((c) => c.group === true && c.id).map((c) => [c.id, c.name]));
  return components
    .filter((c) => c.group !== true)
    .map((c) =>
      entry(c.name, mapComponentStatus(c.status), c.status ?? null, parseTimestamp(c.updated_at), {
        serviceId: c.id,
        group: c.group_id ? groups.get(c.group_id) : undefined,
        ...incidentDetails(
          open.filter((i) => i.components?.some((ic) => (c.id ? ic.id === c.id : ic.name === c.name))),
        ),
      }),
    );
}

function isOpen(i: Incident): boolean {
  return !['resolved', 'postmortem', 'completed'].includes(i.status ?? '');
}

/** The newest open incident's title and link (and how many are open). */
function incidentDetails(incidents: Incident[]): Record<string, unknown> {
  if (incidents.length === 0) return {};
  const newest = [...incidents].sort(
    (a, b) => (parseTimestamp(b.updated_at)?.getTime() ?? 0) - (parseTimestamp(a.updated_at)?.getTime() ?? 0),
  )[0]!;
  return {
    incidentTitle: newest.name,
    incidentLink: newest.shortlink,
    openIncidents: incidents.length > 1 ? incidents.length : undefined,
  };
}

function pageTime(p: { updated_at?: string | null }): Date | null {
  return latest([parseTimestamp(p.updated_at)]);
}
