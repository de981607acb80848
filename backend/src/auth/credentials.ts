import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * The shapes of apimon's opaque secrets, and how they are stored (sha256: they are 32 random bytes,
 * so a slow hash adds nothing). Pure apart from the randomness.
 */
export const API_KEY_PREFIX = 'apimon_';
/** How much of a key is kept in clear to recognise it in lists (and to find its row). */
export const API_KEY_VISIBLE_CHARS = API_KEY_PREFIX.length + 8;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = BASE62[Number(n % 62n)] + out;
    n /= 62n;
  }
  // 32 bytes need up to 43 digits; pad so that every key has the same length.
  const width = Math.ceil((bytes.length * 8) / Math.log2(62));
  return out.padStart(width, '0');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

/** `apimon_` + 32 random bytes in base62. */
export function newApiKey(): NewApiKey {
  const key = API_KEY_PREFIX + base62(randomBytes(32));
  return { key, prefix: key.slice(0, API_KEY_VISIBLE_CHARS), hash: sha256Hex(key) };
}

/** The visible prefix of a well-formed key, or null for anything that cannot be one of ours. */
export function apiKeyPrefix(raw: string): string | null {
  return /^apimon_[0-9A-Za-z]{43}$/.test(raw) ? raw.slice(0, API_KEY_VISIBLE_CHARS) : null;
}

/** A refresh token `<session uuid>.<secret>`: the id finds the session, the secret proves possession. */
export function newRefreshToken(sessionId: string = randomUUID()): { sessionId: string; token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { sessionId, token: `${sessionId}.${secret}`, hash: sha256Hex(secret) };
}

export function parseRefreshToken(token: string): { sessionId: string; secretHash: string } | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { sessionId: match[1]!, secretHash: sha256Hex(match[2]!) } : null;
}

/** A one-time invitation / password-reset token. */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256Hex(token) };
}
