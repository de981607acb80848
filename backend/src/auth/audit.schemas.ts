import { z } from 'zod';
import type { AuditEntry, AuditFilter } from './audit.repository.js';

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' });

export const auditQuerySchema = z
  .object({
    actor: z.coerce.number({ message: 'must be a user id' }).int().positive().optional(),
    entity: z.string().trim().min(1).max(100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    before: z.coerce.number({ message: 'must be an entry id' }).int().positive().optional(),
    limit: z.coerce.number({ message: 'must be a number' }).int().min(1).max(500).default(100),
  })
  .transform((q): AuditFilter => ({
    actorUserId: q.actor,
    entity: q.entity,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    beforeId: q.before,
    limit: q.limit,
  }));

export function toAuditDto(entry: AuditEntry) {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: { user_id: entry.actorUserId, email: entry.actorEmail, api_key_id: entry.actorApiKeyId },
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    outcome: entry.outcome,
    ip: entry.ip,
    details: entry.details,
  };
}

export function toAuditPage(entries: AuditEntry[], limit: number) {
  return {
    items: entries.map(toAuditDto),
    next_before: entries.length === limit ? entries[entries.length - 1]!.id : null,
  };
}
