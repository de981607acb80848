import { z } from 'zod';
import { entry, parseTimestamp, type Level, type VendorReport, lookupLevel } from '../unified-status.js';
import { expectShape } from './vendor-errors.js';

/** status.io public status API (GitLab's status page). */
const STATUSIO_LEVELS: Record<string, Level> = {
  '100': 'OK',
  '200': 'Maintenance',
  '300': 'Degraded',
  '400': 'Degraded',
  '500': 'Outage',
  '600': 'Degraded',
};

export function mapStatusIoCode(code: number | string | null | undefined): Level {
  return lookupLevel(STATUSIO_LEVELS, code);
}

const code = z.union([z.number(), z.string()]).nullish();
const event = z.object({
  name: z.string(),
  _id: z.string().nullish(),
  components_affected: z.array(z.object({ _id: z.string().nullish(), name: z.string().nullish() })).nullish(),
});
const statusDoc = z.object({
  result: z.object({
    status_overall: z.object({ updated: z.string().nullish(), status: z.string().nullish(), status_code: code }),
    status: z.array(
      z.object({
        id: z.string().nullish(),
        name: z.string(),
        status: z.string().nullish(),
        status_code: code,
        updated: z.string().nullish(),
        containers: z.array(z.object({ name: z.string(), status: z.string().nullish(), status_code: code })).nullish(),
      }),
    ),
    incidents: z.array(event).nullish(),
    maintenance: z.object({ active: z.array(event).nullish() }).nullish(),
  }),
});

/** Overall from status_overall.status_code; one entry per component from its own code. */
export function mapStatusIo(document: unknown, overallName: string, pageUrl?: string): VendorReport {
  const { result } = expectShape(statusDoc, document, 'status.io status');
  const events = [...(result.incidents ?? []), ...(result.maintenance?.active ?? [])];
  const services = result.status.map((c) => {
    const open = events.find((e) => e.components_affected?.some((a) => (a._id && a._id === c.id) || a.name === c.name));
    const degradedContainers = (c.containers ?? []).filter((k) => mapStatusIoCode(k.status_code) !== 'OK');
    return entry(c.name, mapStatusIoCode(c.status_code), c.status_code ?? null, parseTimestamp(c.updated), {
      serviceId: c.id,
      status: c.status,
      region: degradedContainers.length ? degradedContainers.map((k) => k.name).join(', ') : undefined,
      incidentTitle: open?.name,
      incidentLink: open && pageUrl ? pageUrl : undefined,
    });
  });
  const o = result.status_overall;
  const overall = entry(overallName, mapStatusIoCode(o.status_code), o.status_code ?? null, parseTimestamp(o.updated), {
    status: o.status,
    incidentTitle: events[0]?.name,
  });
  return { overall, services };
}
