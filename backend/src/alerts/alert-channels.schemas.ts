import { z } from 'zod';
import { CHANNEL_TYPES } from '../db/schema.js';
import type { ChannelInput, ChannelView, TestResult } from './alert-channels.service.js';

export const idParamSchema = z.coerce.number({ message: 'must be a number' }).int().positive();

/** POST and PUT body; `config` is checked by the channel kind's own schema. */
export const channelBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  type: z.enum(CHANNEL_TYPES),
  config: z.record(z.string(), z.unknown()),
  enabled: z.boolean().default(true),
});

export const toChannelInput = (body: z.output<typeof channelBodySchema>): ChannelInput => body;

export function toChannelResponse(channel: ChannelView) {
  return {
    id: channel.id,
    name: channel.name,
    type: channel.type,
    config: channel.config,
    enabled: channel.enabled,
    created_at: channel.createdAt.toISOString(),
    updated_at: channel.updatedAt.toISOString(),
  };
}

export function toTestResponse(result: TestResult) {
  return { status: result.status, detail: result.detail, error: result.error, duration_ms: result.durationMs };
}
