import type { AlertMessage } from '../alert-message.js';
import type { ChannelKind, SendContext } from './channel.js';
import { postJson, webhookUrlConfig, type WebhookUrlConfig } from './http-post.js';

export type TeamsConfig = WebhookUrlConfig;

const COLOUR: Record<AlertMessage['severity'], string> = {
  critical: 'Attention',
  warning: 'Warning',
  info: 'Accent',
  resolved: 'Good',
};

/** A Teams (Workflows / incoming webhook) message carrying one Adaptive Card. */
export class TeamsChannel implements ChannelKind<TeamsConfig> {
  readonly type = 'teams' as const;
  readonly configSchema = webhookUrlConfig;
  readonly secretFields = ['webhook_url'];

  render(message: AlertMessage) {
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              {
                type: 'TextBlock',
                text: message.title,
                weight: 'Bolder',
                size: 'Medium',
                color: COLOUR[message.severity],
                wrap: true,
              },
              { type: 'TextBlock', text: message.text, wrap: true },
              { type: 'FactSet', facts: message.facts.map((f) => ({ title: f.label, value: f.value })) },
            ],
            actions: message.link ? [{ type: 'Action.OpenUrl', title: 'Open in apimon', url: message.link }] : [],
          },
        },
      ],
    };
  }

  async send(payload: unknown, config: TeamsConfig, ctx: SendContext): Promise<string> {
    const res = await postJson(config.webhook_url, payload, {}, ctx.timeoutMs);
    return `HTTP ${res.statusCode}`;
  }
}
