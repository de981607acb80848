import { z } from 'zod';
import { RULE_EVENTS, RULE_SCOPES } from '../db/schema.js';
import { READ_ONLY_FIELDS } from './alert-channels.schemas.js';
import type { RuleWithChannels } from './alert-rules.repository.js';
import type { RuleInput } from './alert-rules.service.js';

const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const ruleBodySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'is required').max(100),
    scope: z.enum(RULE_SCOPES),
    endpoint_id: z.number().int().positive().nullable().default(null),
    tag: z.string().trim().min(1).max(100).nullable().default(null),
    events: z
      .array(z.enum(RULE_EVENTS))
      .min(1, 'needs at least one event')
      .refine((e) => new Set(e).size === e.length, 'must not repeat an event'),
    channel_ids: z
      .array(z.number().int().positive())
      .min(1, 'needs at least one channel')
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a channel'),
    down_after_minutes: int(0, 10_080).default(0),
    renotify_minutes: int(1, 10_080).nullable().default(null),
    latency_threshold_ms: int(1, 600_000).nullable().default(null),
    latency_consecutive: int(1, 100).default(3),
    cert_expiry_days: int(1, 365).default(14),
    flap_threshold: int(1, 100).nullable().default(null),
    flap_window_minutes: int(1, 1_440).default(10),
    enabled: z.boolean().default(true),
    ...READ_ONLY_FIELDS,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.scope === 'endpoint' && v.endpoint_id === null) issue('endpoint_id', 'is required for scope endpoint');
    if (v.scope !== 'endpoint' && v.endpoint_id !== null) issue('endpoint_id', 'is only for scope endpoint');
    if (v.scope === 'tag' && v.tag === null) issue('tag', 'is required for scope tag');
    if (v.scope !== 'tag' && v.tag !== null) issue('tag', 'is only for scope tag');
    if (v.events.includes('latency_above') && v.latency_threshold_ms === null) {
      issue('latency_threshold_ms', 'is required for the latency_above event');
    }
  });

export const ruleListQuerySchema = z.strictObject({ endpoint_id: z.coerce.number().int().positive().optional() });

export function toRuleInput(body: z.output<typeof ruleBodySchema>): RuleInput {
  return {
    name: body.name,
    scope: body.scope,
    endpointId: body.endpoint_id,
    tag: body.tag,
    events: body.events,
    channelIds: body.channel_ids,
    downAfterMinutes: body.down_after_minutes,
    renotifyMinutes: body.renotify_minutes,
    latencyThresholdMs: body.latency_threshold_ms,
    latencyConsecutive: body.latency_consecutive,
    certExpiryDays: body.cert_expiry_days,
    flapThreshold: body.flap_threshold,
    flapWindowMinutes: body.flap_window_minutes,
    enabled: body.enabled,
  };
}

export function toRuleResponse(rule: RuleWithChannels) {
  return {
    id: rule.id,
    name: rule.name,
    scope: rule.scope,
    endpoint_id: rule.endpointId,
    tag: rule.tag,
    events: rule.events,
    channel_ids: rule.channelIds,
    down_after_minutes: rule.downAfterMinutes,
    renotify_minutes: rule.renotifyMinutes,
    latency_threshold_ms: rule.latencyThresholdMs,
    latency_consecutive: rule.latencyConsecutive,
    cert_expiry_days: rule.certExpiryDays,
    flap_threshold: rule.flapThreshold,
    flap_window_minutes: rule.flapWindowMinutes,
    enabled: rule.enabled,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}
