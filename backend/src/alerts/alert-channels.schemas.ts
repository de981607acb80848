import { z } from 'zod';
import { CHANNEL_TYPES } from '../db/schema.js';
import type { ChannelInput, ChannelView, TestResult } from './alert-channels.service.js';

export const idParamSchema = z.coerce.number({ message: 'must be a number' }).int().positive();

/** Read-only fields of a response, accepted (and ignored) so a client can PUT back what it GOT. */
export const READ_ONLY_FIELDS = {
  id: z.unknown().optional(),
  created_at: z.unknown().optional(),
  updated_at: z.unknown().optional(),
};

/** POST and PUT body; `config` is checked by the channel kind's own schema. */
export const channelBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  type: z.enum(CHANNEL_TYPES),
  config: z.record(z.string(), z.unknown()),
  enabled: z.boolean().default(true),
  ...READ_ONLY_FIELDS,
});

export const toChannelInput = ({ name, type, config, enabled }: z.output<typeof channelBodySchema>): ChannelInput => ({
  name,
  type,
  config,
  enabled,
});

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
