import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Agent, errors, interceptors, request, type Dispatcher } from 'undici';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { APP_VERSION } from '../system/version.js';
import type { FetchedResponse, HttpGet, Validators } from './kinds/target.js';

export const USER_AGENT = `apimon/${APP_VERSION} (self-hosted public-status collector; +https://github.com/apimon/apimon)`;
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The request never got a usable answer: timeout, refused, reset, DNS, too large. */
export class FetchFailed extends Error {
  readonly kind = 'fetch' as const;
  constructor(message: string) {
    super(message);
    this.name = 'FetchFailed';
  }
}

/**
 * undici GET with a timeout, a descriptive User-Agent, conditional requests (If-None-Match /
 * If-Modified-Since from the last response), a few redirects and a body size cap.
 */
@Injectable()
export class StatusFetcher implements HttpGet, OnModuleDestroy {
  private readonly dispatcher: Dispatcher;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.timeoutMs = config.targetTimeoutMs;
    this.dispatcher = new Agent({
      connections: 4,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    }).compose(interceptors.redirect({ maxRedirections: 3 }));
  }

  async get(url: string, options: { accept: string; validators: Validators }): Promise<FetchedResponse> {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: options.accept,
      'accept-encoding': 'identity',
    };
    if (options.validators.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const res = await request(url, { method: 'GET', headers, dispatcher: this.dispatcher, signal });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY_BYTES) {
          res.body.destroy();
          throw new FetchFailed(`response larger than ${MAX_BODY_BYTES} bytes`);
        }
        chunks.push(chunk as Buffer);
      }
      return { status: res.statusCode, headers: flatten(res.headers), body: Buffer.concat(chunks) };
    } catch (error) {
      throw toFetchFailed(error, this.timeoutMs);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher.close();
  }
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]),
  );
}

function toFetchFailed(error: unknown, timeoutMs: number): FetchFailed {
  if (error instanceof FetchFailed) return error;
  const e = error as Error & { code?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  if (
    e.name === 'TimeoutError' ||
    e.name === 'AbortError' ||
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  ) {
    return new FetchFailed(`timed out after ${timeoutMs} ms`);
  }
  if (code === 'ECONNREFUSED') return new FetchFailed('connection refused');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new FetchFailed('connection reset');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchFailed('host not found');
  return new FetchFailed(e.message || 'request failed');
}
