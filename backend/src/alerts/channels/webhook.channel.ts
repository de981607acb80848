import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { AlertMessage } from '../alert-message.js';
import { defaultWebhookPayload, fillTemplate } from '../webhook-template.js';
import type { ChannelKind, SendContext } from './channel.js';
import { HTTP_URL, postBody } from './http-post.js';

/** Headers apimon sets itself; a channel cannot override them. */
const RESERVED = /^(content-length|host|transfer-encoding|connection|x-apimon-.*)$/i;

const schema = z.strictObject({
  url: z.string().regex(HTTP_URL, 'must be an http(s) URL'),
  secret: z.string().max(500).optional(),
  headers: z
    .array(
      z.strictObject({
        name: z
          .string()
          .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'must be a valid header name')
          .refine((n) => !RESERVED.test(n), 'is set by apimon'),
        value: z
          .string()
          .max(4000)
          .regex(/^[^\r\n]*$/, 'must be one line'),
      }),
    )
    .max(20)
    .default([]),
  /** JSON with {placeholders}; null = the documented default payload. */
  template: z.string().max(20_000).nullable().default(null),
});
export type WebhookConfig = z.output<typeof schema>;

/** The HMAC receivers verify: hex SHA-256 of the exact body bytes, keyed with the channel secret. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** POSTs JSON (default payload or the user's template) with custom headers and an HMAC signature. */
export class WebhookChannel implements ChannelKind<WebhookConfig, { body: string }> {
  readonly type = 'webhook' as const;
  readonly configSchema = schema;
  readonly secretFields = ['secret'];
  readonly secretHeaders = true;

  render(message: AlertMessage, config: WebhookConfig) {
    const body = config.template
      ? fillTemplate(config.template, message)
      : JSON.stringify(defaultWebhookPayload(message));
    return { body };
  }

  async send(payload: { body: string }, config: WebhookConfig, ctx: SendContext): Promise<string> {
    const headers: Record<string, string> = Object.fromEntries(
      config.headers.map((h) => [h.name.toLowerCase(), h.value]),
    );
    headers['x-apimon-delivery'] = ctx.deliveryId;
    if (config.secret) headers['x-apimon-signature'] = webhookSignature(config.secret, payload.body);
    const res = await postBody(config.url, payload.body, headers, ctx.timeoutMs);
    return `HTTP ${res.statusCode}`;
  }
}
