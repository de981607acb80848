import { MASK } from '../common/secret-box.js';
import type { ChannelKind } from './channels/channel.js';

type Config = Record<string, unknown>;
type Header = { name: string; value: string };
type SecretSpec = Pick<ChannelKind, 'secretFields' | 'secretHeaders'>;

/** Applies `fn` to every secret value of a config (the kind's secret fields, and header values for webhooks). */
function mapSecrets(config: Config, kind: SecretSpec, fn: (value: string) => string): Config {
  const out: Config = { ...config };
  for (const field of kind.secretFields) {
    const value = out[field];
    if (typeof value === 'string' && value !== '') out[field] = fn(value);
  }
  if (kind.secretHeaders && Array.isArray(out.headers)) {
    out.headers = (out.headers as Header[]).map((h) => ({ ...h, value: h.value === '' ? '' : fn(h.value) }));
  }
  return out;
}

/** What every response shows: secrets replaced by MASK. */
export const maskConfig = (config: Config, kind: SecretSpec) => mapSecrets(config, kind, () => MASK);

export const encryptConfig = (config: Config, kind: SecretSpec, encrypt: (plain: string) => string) =>
  mapSecrets(config, kind, encrypt);

export const decryptConfig = (config: Config, kind: SecretSpec, decrypt: (stored: string) => string) =>
  mapSecrets(config, kind, decrypt);

/**
 * An update that sends MASK back for a secret keeps the stored value (the client never saw it).
 * Returns the merged config and the fields whose MASK had nothing stored behind it.
 */
export function keepMaskedSecrets(
  incoming: Config,
  stored: Config,
  kind: SecretSpec,
): { config: Config; problems: string[] } {
  const config: Config = { ...incoming };
  const problems: string[] = [];
  for (const field of kind.secretFields) {
    if (config[field] !== MASK) continue;
    if (typeof stored[field] === 'string') config[field] = stored[field];
    else problems.push(field);
  }
  if (kind.secretHeaders && Array.isArray(config.headers)) {
    const storedHeaders = Array.isArray(stored.headers) ? (stored.headers as Header[]) : [];
    config.headers = (config.headers as Header[]).map((h, i) => {
      if (h?.value !== MASK) return h;
      const previous = storedHeaders.find((s) => s.name.toLowerCase() === String(h.name).toLowerCase());
      if (!previous) problems.push(`headers.${i}.value`);
      return previous ? { ...h, value: previous.value } : h;
    });
  }
  return { config, problems };
}
