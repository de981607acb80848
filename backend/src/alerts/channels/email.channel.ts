import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { AlertMessage } from '../alert-message.js';
import { DeliveryError, type ChannelKind, type SendContext } from './channel.js';

const schema = z.strictObject({
  host: z.string().min(1, 'is required'),
  port: z.number().int().min(1).max(65535).default(587),
  /** none = plain SMTP, starttls = upgrade required, tls = TLS from the first byte (port 465). */
  tls: z.enum(['none', 'starttls', 'tls']).default('starttls'),
  user: z.string().optional(),
  password: z.string().optional(),
  from: z.email('must be an email address'),
  to: z.array(z.email('must be an email address')).min(1, 'needs at least one recipient').max(50),
});
export type EmailConfig = z.output<typeof schema>;
export interface EmailPayload {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export class EmailChannel implements ChannelKind<EmailConfig, EmailPayload> {
  readonly type = 'email' as const;
  readonly configSchema = schema;
  readonly secretFields = ['password'];

  render(message: AlertMessage): EmailPayload {
    const facts = message.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    const rows = message.facts
      .map(
        (f) =>
          `<tr><th align="left" style="padding:2px 12px 2px 0">${escape(f.label)}</th><td>${escape(f.value)}</td></tr>`,
      )
      .join('');
    const link = message.link ? `\n\nDetails: ${message.link}` : '';
    const htmlLink = message.link ? `<p><a href="${escape(message.link)}">Open in apimon</a></p>` : '';
    return {
      subject: `[apimon] ${message.title}`,
      text: `${message.text}\n\n${facts}${link}\n`,
      html: `<h2 style="margin:0 0 8px">${escape(message.title)}</h2><p>${escape(message.text)}</p><table>${rows}</table>${htmlLink}`,
    };
  }

  async send(payload: EmailPayload, config: EmailConfig, ctx: SendContext): Promise<string> {
    const transport = nodemailer.createTransport({
      host: config.host,
      port: config.port,
      secure: config.tls === 'tls',
      requireTLS: config.tls === 'starttls',
      ignoreTLS: config.tls === 'none',
      auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
      connectionTimeout: ctx.timeoutMs,
      greetingTimeout: ctx.timeoutMs,
      socketTimeout: ctx.timeoutMs,
    });
    try {
      const info = await transport.sendMail({ from: config.from, to: config.to, ...payload });
      if (info.rejected.length) throw new DeliveryError(`rejected recipients: ${info.rejected.join(', ')}`);
      return `SMTP ${info.response}`;
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      throw new DeliveryError(`SMTP: ${(error as Error).message}`);
    } finally {
      transport.close();
    }
  }
}
