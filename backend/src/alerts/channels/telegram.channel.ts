import { z } from 'zod';
import type { AlertMessage } from '../alert-message.js';
import { DeliveryError, type ChannelKind, type SendContext } from './channel.js';
import { parseAnswer, postJson } from './http-post.js';

const schema = z.strictObject({
  bot_token: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-DEF…'),
  chat_id: z.union([
    z.string().regex(/^(-?\d+|@[A-Za-z0-9_]{5,})$/, 'must be a numeric id or @channelname'),
    z.number().int(),
  ]),
});
export type TelegramConfig = z.output<typeof schema>;

const html = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** The Bot API's sendMessage with HTML formatting; the base URL is TELEGRAM_API_URL. */
export class TelegramChannel implements ChannelKind<TelegramConfig, { text: string }> {
  readonly type = 'telegram' as const;
  readonly configSchema = schema;
  readonly secretFields = ['bot_token'];

  render(message: AlertMessage) {
    const facts = message.facts.map((f) => `<b>${html(f.label)}:</b> ${html(f.value)}`).join('\n');
    const link = message.link ? `\n<a href="${html(message.link)}">Open in apimon</a>` : '';
    return { text: `<b>${html(message.title)}</b>\n${html(message.text)}\n\n${facts}${link}`.slice(0, 4096) };
  }

  async send(payload: { text: string }, config: TelegramConfig, ctx: SendContext): Promise<string> {
    const url = `${ctx.telegramApiUrl}/bot${config.bot_token}/sendMessage`;
    const body = { chat_id: config.chat_id, text: payload.text, parse_mode: 'HTML', disable_web_page_preview: true };
    let res;
    try {
      res = await postJson(url, body, {}, ctx.timeoutMs);
    } catch (error) {
      // The token is part of the URL: never let it reach an error message.
      throw new DeliveryError((error as Error).message.split(config.bot_token).join('***'));
    }
    const answer = parseAnswer<{ ok: boolean; description: string; result: { message_id?: number } }>(res.body);
    if (answer?.ok !== true) throw new DeliveryError(`Telegram: ${answer?.description ?? 'unexpected answer'}`);
    return `HTTP ${res.statusCode} message ${answer.result?.message_id ?? '?'}`;
  }
}
