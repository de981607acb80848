import { z } from 'zod';
import { MASK, type ChannelType } from './api/types';

/** One input of a channel kind's form; `key` is the config field it fills. */
export interface FieldDef {
  key: string;
  label: string;
  input: 'text' | 'secret' | 'number' | 'select' | 'textarea';
  required?: boolean;
  hint?: string;
  options?: readonly string[];
}

const URL_FIELD = (label: string, secret = true): FieldDef => ({
  key: secret ? 'webhook_url' : 'url',
  label,
  input: secret ? 'secret' : 'text',
  required: true,
});

export const CHANNEL_LABELS: Record<ChannelType, string> = {
  email: 'Email (SMTP)',
  slack: 'Slack',
  webhook: 'Webhook',
  telegram: 'Telegram',
  discord: 'Discord',
  teams: 'Microsoft Teams',
  pagerduty: 'PagerDuty',
};

export const CHANNEL_FIELDS: Record<ChannelType, FieldDef[]> = {
  email: [
    { key: 'host', label: 'SMTP host', input: 'text', required: true },
    { key: 'port', label: 'Port', input: 'number', required: true },
    {
      key: 'tls',
      label: 'TLS',
      input: 'select',
      options: ['starttls', 'tls', 'none'],
      hint: 'starttls (587), tls (465) or none',
    },
    {
      key: 'tls_ca',
      label: 'Trusted CA (PEM)',
      input: 'textarea',
      hint: 'Certificate(s) of a private or self-signed CA for this server; empty = the system CAs',
    },
    {
      key: 'tls_reject_unauthorized',
      label: 'Certificate check',
      input: 'select',
      options: ['verify', 'skip'],
      hint: 'skip = accept any certificate (tests and closed networks only)',
    },
    { key: 'user', label: 'User', input: 'text' },
    { key: 'password', label: 'Password', input: 'secret' },
    { key: 'from', label: 'From', input: 'text', required: true },
    { key: 'to', label: 'To', input: 'text', required: true, hint: 'Addresses separated by commas' },
  ],
  slack: [URL_FIELD('Incoming webhook URL')],
  discord: [URL_FIELD('Webhook URL')],
  teams: [URL_FIELD('Webhook URL')],
  webhook: [
    URL_FIELD('URL', false),
    {
      key: 'secret',
      label: 'Signing secret',
      input: 'secret',
      hint: 'Signs each body: X-Apimon-Signature: sha256=<HMAC>',
    },
    { key: 'headers', label: 'Headers', input: 'textarea', hint: 'One "Name: value" per line; values are kept secret' },
    {
      key: 'template',
      label: 'Body template',
      input: 'textarea',
      hint: 'JSON with {endpoint_name}, {url}, {status}, {previous_status}, {error}, {latency_ms}, {checked_at}, {link}; empty = default payload',
    },
  ],
  telegram: [
    {
      key: 'bot_token',
      label: 'Bot token',
      input: 'secret',
      required: true,
      hint: 'From @BotFather, like 123456:ABC-DEF…',
    },
    { key: 'chat_id', label: 'Chat id', input: 'text', required: true, hint: 'A numeric id or @channelname' },
  ],
  pagerduty: [{ key: 'routing_key', label: 'Integration (routing) key', input: 'secret', required: true }],
};

export type FormValues = Record<string, string>;

const httpUrl = z.string().regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL');
const email = z.email('must be an email address');

/** The same rules the server applies, for the fields a user types. */
const RULES: Partial<Record<string, z.ZodType>> = {
  webhook_url: httpUrl,
  url: httpUrl,
  from: email,
  port: z.coerce.number().int().min(1, 'must be 1–65535').max(65535, 'must be 1–65535'),
  bot_token: z.string().regex(/^(\d+:[A-Za-z0-9_-]+|\*{8})$/, 'must look like 123456:ABC-DEF…'),
  chat_id: z.string().regex(/^(-?\d+|@[A-Za-z0-9_]{5,})$/, 'must be a numeric id or @channelname'),
  tls_ca: z
    .string()
    .regex(
      /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/,
      'must be one or more PEM certificates (-----BEGIN CERTIFICATE-----)',
    ),
  routing_key: z.string().regex(/^([A-Za-z0-9]{32}|\*{8})$/, 'must be the 32-character integration key'),
};

/** A stored config as the form's strings. */
export function toFormValues(type: ChannelType, config: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of CHANNEL_FIELDS[type]) {
    const value = config[field.key];
    if (field.key === 'tls_reject_unauthorized') values[field.key] = value === false ? 'skip' : 'verify';
    else if (field.key === 'headers' && Array.isArray(value)) {
      values.headers = (value as { name: string; value: string }[]).map((h) => `${h.name}: ${h.value}`).join('\n');
    } else if (Array.isArray(value)) values[field.key] = value.join(', ');
    else values[field.key] = value === null || value === undefined ? '' : String(value);
  }
  if (type === 'email') {
    values.port ||= '587';
    values.tls ||= 'starttls';
  }
  return values;
}

/** The form's strings as the config the API takes, or the errors per field (same rules as the server). */
export function toChannelConfig(
  type: ChannelType,
  values: FormValues,
): { config: Record<string, unknown>; errors: null } | { config: null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const config: Record<string, unknown> = {};
  for (const field of CHANNEL_FIELDS[type]) {
    const raw = (values[field.key] ?? '').trim();
    if (!raw) {
      if (field.required) errors[field.key] = 'is required';
      continue;
    }
    if (field.key === 'to') {
      const list = raw.split(/[,\s]+/).filter(Boolean);
      const bad = list.find((a) => !email.safeParse(a).success);
      if (bad) errors.to = `${bad} is not an email address`;
      config.to = list;
      continue;
    }
    if (field.key === 'headers') {
      const headers = parseHeaders(raw);
      if ('error' in headers) errors.headers = headers.error;
      else config.headers = headers.list;
      continue;
    }
    if (field.key === 'tls_reject_unauthorized') {
      config.tls_reject_unauthorized = raw !== 'skip';
      continue;
    }
    if (field.key === 'template') {
      config.template = raw;
      continue;
    }
    const rule = RULES[field.key];
    const parsed = rule ? rule.safeParse(raw) : { success: true as const, data: raw };
    if (!parsed.success) errors[field.key] = parsed.error.issues[0]!.message;
    else config[field.key] = field.input === 'number' ? Number(raw) : raw;
  }
  return Object.keys(errors).length ? { config: null, errors } : { config, errors: null };
}

function parseHeaders(text: string): { list: { name: string; value: string }[] } | { error: string } {
  const list: { name: string; value: string }[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const at = line.indexOf(':');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) return { error: `line ${i + 1}: use "Name: value"` };
    list.push({ name, value: line.slice(at + 1).trim() });
  }
  return { list };
}

/** Whether a form value is the mask of a stored secret (sent back unchanged, the server keeps it). */
export const isMasked = (value: string) => value === MASK;
