import { X509Certificate } from 'node:crypto';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { AlertMessage } from '../alert-message.js';
import { DeliveryError, type ChannelKind, type SendContext } from './channel.js';

const PEM_CERTIFICATES = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate of a PEM bundle parses (an empty or garbled bundle would trust nothing, silently). */
function isCertificateBundle(pem: string): boolean {
  const blocks = pem.match(PEM_CERTIFICATES);
  if (!blocks) return false;
  try {
    for (const block of blocks) new X509Certificate(block);
    return true;
  } catch {
    return false;
  }
}

const schema = z
  .strictObject({
    host: z.string().min(1, 'is required'),
    port: z.number().int().min(1).max(65535).default(587),
    /** none = plain SMTP, starttls = upgrade required, tls = TLS from the first byte (port 465). */
    tls: z.enum(['none', 'starttls', 'tls']).default('starttls'),
    /** PEM certificate(s) trusted for this server besides the system CAs (a private or self-signed CA). */
    tls_ca: z
      .string()
      .max(65_536)
      .refine(isCertificateBundle, 'must be one or more PEM certificates (-----BEGIN CERTIFICATE-----)')
      .nullable()
      .default(null),
    /** false = accept any server certificate (no verification): for tests and closed networks only. */
    tls_reject_unauthorized: z.boolean().default(true),
    user: z.string().optional(),
    password: z.string().optional(),
    from: z.email('must be an email address'),
    to: z.array(z.email('must be an email address')).min(1, 'needs at least one recipient').max(50),
  })
  .superRefine((config, ctx) => {
    if (config.tls !== 'none') return;
    const message = 'only applies with tls "starttls" or "tls"';
    if (config.tls_ca !== null) ctx.addIssue({ code: 'custom', path: ['tls_ca'], message });
    if (!config.tls_reject_unauthorized) ctx.addIssue({ code: 'custom', path: ['tls_reject_unauthorized'], message });
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
      tls: {
        rejectUnauthorized: config.tls_reject_unauthorized,
        ...(config.tls_ca ? { ca: config.tls_ca.match(PEM_CERTIFICATES)! } : {}),
      },
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
