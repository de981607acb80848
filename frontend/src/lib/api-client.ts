import { SseParser, type SseEvent } from './sse';

/** One field-level problem reported by the server (400 ValidationFailed). */
export interface ApiErrorDetail {
  field?: string;
  message: string;
}

/** Every non-2xx answer of the backend, parsed from its one error shape. No UI side effects here. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server's message for one form field, if it named that field. */
  fieldError(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
}

/** Builds an ApiError from a status and whatever body came back (the error shape, other JSON, or none). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (
    body as { error?: Partial<{ code: string; message: string; details: ApiErrorDetail[]; request_id: string }> }
  )?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(status, error.code, error.message ?? error.code, error.details ?? [], error.request_id);
  }
  if (status === 0) return new ApiError(0, 'NetworkError', 'The server could not be reached.');
  return new ApiError(status, `Http${status}`, `The server answered ${status}.`);
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** Treat these statuses as data rather than errors (e.g. /health's 503). */
  acceptStatus?: number[];
}

/** The headers every request of ours carries (one place, so credentials apply to JSON and streams alike). */
export function requestHeaders(accept: string, jsonBody = false): Record<string, string> {
  return {
    Accept: accept,
    ...(jsonBody ? { 'Content-Type': 'application/json' } : {}),
  };
}

/** fetch with JSON in and out; throws ApiError for every failure, including network errors. */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: requestHeaders('application/json', options.body !== undefined),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw toApiError(0, undefined);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok && !options.acceptStatus?.includes(res.status)) throw toApiError(res.status, body);
  return body as T;
}

export interface StreamOptions {
  signal?: AbortSignal;
  /** Called once per Server-Sent Event with its `event:` name (default "message") and raw `data:`. */
  onEvent: (event: SseEvent) => void;
  /** Called once the server accepted the stream (2xx), before the first event. */
  onOpen?: () => void;
}

/**
 * Reads a Server-Sent Events stream with fetch, so the same headers (and bearer token) as apiFetch
 * are sent, which a browser EventSource cannot do. Resolves when the server ends the stream; throws
 * ApiError for a non-2xx answer or a network failure, and AbortError when the signal aborts.
 */
export async function apiStream(path: string, options: StreamOptions): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, {
      headers: requestHeaders('text/event-stream'),
      signal: options.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw toApiError(0, undefined);
  }
  if (!res.ok || !res.body) {
    const text = await res.text().catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    throw toApiError(res.ok ? 0 : res.status, body);
  }
  options.onOpen?.();
  const parser = new SseParser(options.onEvent);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(value);
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw toApiError(0, undefined);
  } finally {
    reader.releaseLock();
  }
}
