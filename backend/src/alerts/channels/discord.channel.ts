import type { AlertMessage } from '../alert-message.js';
import type { ChannelKind, SendContext } from './channel.js';
import { postJson, webhookUrlConfig, type WebhookUrlConfig } from './http-post.js';

export type DiscordConfig = WebhookUrlConfig;

const COLOUR: Record<AlertMessage['severity'], number> = {
  critical: 0xdc2626,
  warning: 0xf59e0b,
  info: 0x3b82f6,
  resolved: 0x16a34a,
};

/** A Discord webhook with one embed (title, description, fields, link, colour by severity). */
export class DiscordChannel implements ChannelKind<DiscordConfig> {
  readonly type = 'discord' as const;
  readonly configSchema = webhookUrlConfig;
  readonly secretFields = ['webhook_url'];

  render(message: AlertMessage) {
    return {
      username: 'apimon',
      content: message.title.slice(0, 2000),
      embeds: [
        {
          title: message.title.slice(0, 256),
          description: message.text.slice(0, 4096),
          url: message.link ?? undefined,
          color: COLOUR[message.severity],
          timestamp: message.since,
          fields: message.facts
            .slice(0, 25)
            .map((f) => ({ name: f.label, value: f.value.slice(0, 1024), inline: true })),
        },
      ],
      allowed_mentions: { parse: [] },
    };
  }

  async send(payload: unknown, config: DiscordConfig, ctx: SendContext): Promise<string> {
    const res = await postJson(config.webhook_url, payload, {}, ctx.timeoutMs);
    return `HTTP ${res.statusCode}`;
  }
}
