import { z } from 'zod';
import { entry, parseTimestamp, worstOf, type Level, type VendorReport, lookupLevel } from '../unified-status.js';
import { expectShape } from './vendor-errors.js';

/** Azure DevOps _apis/status/health: services with geographies as dimensions. */
export const AZURE_DEVOPS_OVERALL = 'Azure DevOps';

const ADO_LEVELS: Record<string, Level> = { healthy: 'OK', advisory: 'OK', degraded: 'Degraded', unhealthy: 'Outage' };

export function mapAzureDevOpsHealth(health: string | null | undefined): Level {
  return lookupLevel(ADO_LEVELS, health);
}

const healthDoc = z.object({
  lastUpdated: z.string().nullish(),
  status: z.object({ health: z.string().nullish(), message: z.string().nullish() }),
  services: z.array(
    z.object({
      id: z.string(),
      geographies: z
        .array(z.object({ id: z.string(), name: z.string().nullish(), health: z.string().nullish() }))
        .nullish(),
    }),
  ),
});

export function mapAzureDevOps(document: unknown): VendorReport {
  const doc = expectShape(healthDoc, document, 'Azure DevOps health');
  const at = parseTimestamp(doc.lastUpdated);
  const services = doc.services.map((service) => {
    const geographies = service.geographies ?? [];
    const level = worstOf(geographies.map((g) => mapAzureDevOpsHealth(g.health)));
    const affected = geographies.filter((g) => mapAzureDevOpsHealth(g.health) !== 'OK');
    return entry(service.id, level, worstRaw(geographies, level), at, {
      serviceId: service.id,
      geographies: Object.fromEntries(geographies.map((g) => [g.id, g.health ?? null])),
      geography: affected.length ? affected.map((g) => g.name ?? g.id).join(', ') : undefined,
    });
  });
  const overall = entry(AZURE_DEVOPS_OVERALL, mapAzureDevOpsHealth(doc.status.health), doc.status.health ?? null, at, {
    message: doc.status.message,
  });
  return { overall, services };
}

function worstRaw(geographies: { health?: string | null }[], level: Level): string | null {
  return geographies.find((g) => mapAzureDevOpsHealth(g.health) === level)?.health ?? null;
}
