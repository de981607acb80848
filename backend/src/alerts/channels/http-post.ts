import { request } from 'undici';
import { z } from 'zod';
import { APP_VERSION } from '../../system/version.js';
import { DeliveryError } from './channel.js';

export interface PostResult {
  statusCode: number;
  body: string;
}

const MAX_BODY_CHARS = 2_000;

/**
 * POSTs a body and reads the answer. Network failures, timeouts and non-2xx answers become a
 * DeliveryError carrying the exact reason ("HTTP 500: …", "connect ECONNREFUSED 127.0.0.1:4000").
 * Redirects are not followed: a webhook that moved is a configuration error worth seeing.
 */
export async function postBody(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PostResult> {
  let res;
  try {
    res = await request(url, {
      method: 'POST',
      body,
      headers: { 'user-agent': `apimon/${APP_VERSION}`, 'content-type': 'application/json', ...headers },
      signal: AbortSignal.timeout(timeoutMs),
      // A fresh connection per delivery: a POST must never land on a kept-alive socket the receiver is
      // just closing ("other side closed"), which would fail a delivery that never reached it.
      reset: true,
    });
  } catch (error) {
    throw new DeliveryError(describeNetworkError(error, timeoutMs));
  }
  let text: string;
  try {
    text = (await res.body.text()).slice(0, MAX_BODY_CHARS);
  } catch (error) {
    throw new DeliveryError(describeNetworkError(error, timeoutMs));
  }
  if (res.statusCode < 200 || res.statusCode >= 300) {
    const snippet = text.trim().slice(0, 300);
    throw new DeliveryError(`HTTP ${res.statusCode}${snippet ? `: ${snippet}` : ''}`);
  }
  return { statusCode: res.statusCode, body: text };
}

export const postJson = (url: string, payload: unknown, headers: Record<string, string>, timeoutMs: number) =>
  postBody(url, JSON.stringify(payload), headers, timeoutMs);

function describeNetworkError(error: unknown, timeoutMs: number): string {
  const err = error as Error & { code?: string; cause?: Error & { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = err.cause;
  const message = cause?.message && cause.message !== err.message ? `${err.message} (${cause.message})` : err.message;
  return message || String(error);
}

/** Validates a webhook URL as http(s) for the zod schemas of the channel kinds. */
export const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/** The whole config of the kinds that are one secret webhook URL (Slack, Discord, Teams). */
export const webhookUrlConfig = z.strictObject({ webhook_url: z.string().regex(HTTP_URL, 'must be an http(s) URL') });
export type WebhookUrlConfig = z.output<typeof webhookUrlConfig>;

/** An API's JSON answer, or undefined when it is not JSON. */
export function parseAnswer<T>(text: string): Partial<T> | undefined {
  try {
    return JSON.parse(text) as Partial<T>;
  } catch {
    return undefined;
  }
}
