import { z } from 'zod';
import type { UsageTagRow } from '../db/schema.js';
import { USAGE_TAG_NAME } from './usage-tag-name.js';

const tagName = z.string().regex(USAGE_TAG_NAME, 'must be 1–100 letters, digits, "-", "_", "." or "/"');

/** ?limit=&before= of /api/v1/usage/history. */
export const historyPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
  before: z.coerce.number().int().min(1).optional(),
});

export const createTagBody = z.strictObject({
  name: tagName,
  anonymous_updates: z.boolean().default(false),
});

export const updateTagBody = z.strictObject({
  name: tagName.optional(),
  is_active: z.boolean().optional(),
  anonymous_updates: z.boolean().optional(),
});

export const tagIdParam = z.coerce.number().int().min(1);

export const seriesQuery = z
  .object({
    bucket: z.enum(['hour', 'day']).default('hour'),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((q) => !q.from || !q.to || new Date(q.from) < new Date(q.to), {
    message: 'must be after from',
    path: ['to'],
  });

export function toTagWire(row: UsageTagRow) {
  return {
    id: row.id,
    name: row.name,
    use_count: row.useCount,
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    is_active: row.isActive,
    anonymous_updates: row.anonymousUpdates,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
