import type { AlertMessage } from '../alert-message.js';
import type { ChannelKind, SendContext } from './channel.js';
import { postJson, webhookUrlConfig, type WebhookUrlConfig } from './http-post.js';

export type SlackConfig = WebhookUrlConfig;

const ICON: Record<AlertMessage['severity'], string> = {
  critical: ':red_circle:',
  warning: ':large_orange_circle:',
  info: ':large_blue_circle:',
  resolved: ':large_green_circle:',
};

/** An incoming webhook with a Block Kit message (and `text` as the notification fallback). */
export class SlackChannel implements ChannelKind<SlackConfig> {
  readonly type = 'slack' as const;
  readonly configSchema = webhookUrlConfig;
  readonly secretFields = ['webhook_url'];

  render(message: AlertMessage) {
    const blocks: unknown[] = [
      { type: 'header', text: { type: 'plain_text', text: message.title.slice(0, 150), emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: `${ICON[message.severity]} ${message.text}` } },
    ];
    if (message.facts.length) {
      blocks.push({
        type: 'section',
        fields: message.facts.slice(0, 10).map((f) => ({ type: 'mrkdwn', text: `*${f.label}*\n${f.value}` })),
      });
    }
    if (message.link) {
      blocks.push({
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in apimon' }, url: message.link }],
      });
    }
    return { text: `${message.title}: ${message.text}`, blocks };
  }

  async send(payload: unknown, config: SlackConfig, ctx: SendContext): Promise<string> {
    const res = await postJson(config.webhook_url, payload, {}, ctx.timeoutMs);
    return `HTTP ${res.statusCode}${res.body ? ` ${res.body.slice(0, 100)}` : ''}`;
  }
}
