import { z } from 'zod';
import { ALERT_STATUSES } from '../db/schema.js';
import type { AlertMessage } from './alert-message.js';
import type { AlertFilter, AlertListRow } from './alerts.repository.js';

const id = z.coerce.number({ message: 'must be a number' }).int().positive();

export const alertListQuerySchema = z.strictObject({
  endpoint_id: id.optional(),
  channel_id: id.optional(),
  rule_id: id.optional(),
  status: z.enum(ALERT_STATUSES).optional(),
  before_id: id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function toAlertFilter(q: z.output<typeof alertListQuerySchema>): AlertFilter {
  return {
    endpointId: q.endpoint_id,
    channelId: q.channel_id,
    ruleId: q.rule_id,
    status: q.status,
    beforeId: q.before_id,
    limit: q.limit,
  };
}

export function toAlertResponse(row: AlertListRow) {
  const message = row.message as unknown as AlertMessage;
  return {
    id: row.id,
    event: row.event,
    endpoint_id: row.endpointId,
    endpoint_name: message.endpointName,
    rule_id: row.ruleId,
    channel_id: row.channelId,
    channel_name: row.channelName,
    channel_type: row.channelType,
    title: message.title,
    text: message.text,
    severity: message.severity,
    status: row.status,
    suppressed_reason: row.suppressedReason,
    attempts: row.attempts,
    next_attempt_at: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    last_error: row.lastError,
    delivery_detail: row.deliveryDetail,
    occurred_at: row.occurredAt.toISOString(),
    created_at: row.createdAt.toISOString(),
    sent_at: row.sentAt?.toISOString() ?? null,
  };
}

export function toAlertPage(rows: AlertListRow[], limit: number) {
  return { items: rows.map(toAlertResponse), next_before_id: rows.length === limit ? rows[rows.length - 1]!.id : null };
}
