import { createHash, randomBytes } from 'node:crypto';

/** A heartbeat monitor's ping token: 32 random bytes, base64url (43 characters, URL-safe). */
export function newPushToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored and looked up: the sha256 hex of the token (the ping routes hash what they receive). */
export function hashPushToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** `/api/v1/push/{token}`, absolute when PUBLIC_URL is configured. */
export function pingUrl(token: string, publicUrl: string | undefined): string {
  return `${publicUrl ?? ''}/api/v1/push/${token}`;
}
