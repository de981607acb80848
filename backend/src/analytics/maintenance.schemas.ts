import { z } from 'zod';
import { MAINTENANCE_RECURRENCES, type MaintenanceWindowRow } from '../db/schema.js';

const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' });

/** Body of POST and PUT /maintenance: one target (endpoint_ids, tags or all), a range, a recurrence. */
export const maintenanceInputSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    description: z.string().max(2000, 'must be at most 2000 characters').nullish(),
    endpoint_ids: z.array(z.number().int().positive()).max(1000).optional(),
    tags: z.array(z.string().min(1).max(100)).max(100).optional(),
    all: z.boolean().optional(),
    starts_at: isoDateTime,
    ends_at: isoDateTime,
    recurrence: z.enum(MAINTENANCE_RECURRENCES).default('none'),
    timezone: z.string().min(1).max(64).default('UTC'),
  })
  .superRefine((v, ctx) => {
    const targets = [v.all === true, (v.endpoint_ids?.length ?? 0) > 0, (v.tags?.length ?? 0) > 0].filter(Boolean);
    if (targets.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['endpoint_ids'],
        message: 'give exactly one of endpoint_ids, tags or all: true',
      });
    }
  });

export type MaintenanceInput = z.output<typeof maintenanceInputSchema>;

export function toMaintenanceWire(row: MaintenanceWindowRow, activeNow: boolean) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    all: row.allEndpoints,
    endpoint_ids: row.endpointIds,
    tags: row.tags,
    starts_at: row.startsAt.toISOString(),
    ends_at: row.endsAt.toISOString(),
    recurrence: row.recurrence,
    timezone: row.timezone,
    active_now: activeNow,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
