import type { z } from 'zod';
import type { ChannelType } from '../../db/schema.js';
import type { AlertMessage } from '../alert-message.js';

/** What a channel needs besides its own config: timeouts and the overridable API base URLs. */
export interface SendContext {
  timeoutMs: number;
  telegramApiUrl: string;
  pagerdutyEventsUrl: string;
  /** The outbox row id (or "test"), for receivers that want an idempotency key. */
  deliveryId: string;
}

/** A failed delivery, with the exact reason shown in the history and the "Send test" result. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
}

/**
 * One kind of alert channel. `render` runs when the notification is stored (the payload goes into the
 * outbox); `send` runs on each attempt with the decrypted config and returns what the receiver said.
 */
export interface ChannelKind<C extends object = Record<string, unknown>, P = unknown> {
  readonly type: ChannelType;
  /** Validates the config of a create/update (already with secrets merged in). */
  readonly configSchema: z.ZodType<C>;
  /** Top-level string fields that are encrypted at rest and masked in responses. */
  readonly secretFields: readonly string[];
  /** Whether `headers[].value` are secrets too (the generic webhook). */
  readonly secretHeaders?: boolean;
  render(message: AlertMessage, config: C): P;
  send(payload: P, config: C, ctx: SendContext): Promise<string>;
}
