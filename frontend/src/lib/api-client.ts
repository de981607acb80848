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
  /**
   * false: send no access token and never refresh or redirect on 401 (login, setup, refresh itself,
   * where a 401 means wrong credentials rather than an expired session).
   */
  auth?: boolean;
}

// --- the session: an access token kept in memory only; the refresh token is an httpOnly cookie ---

let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<(token: string | null) => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

/**
 * Keeps the access token in memory (never in storage scripts can read later). With its lifetime, a
 * silent refresh is scheduled a minute before it expires, so that an open page never sees a 401.
 */
export function setAccessToken(token: string | null, expiresInSeconds?: number): void {
  clearTimeout(refreshTimer);
  if (token && expiresInSeconds) {
    refreshTimer = setTimeout(() => void refreshAccessToken(), Math.max(5, expiresInSeconds - 60) * 1000);
  }
  if (token === accessToken) return;
  accessToken = token;
  for (const listener of listeners) listener(token);
}

/** Called whenever the access token changes (sign-in, refresh, sign-out). Returns the unsubscribe. */
export function onAccessTokenChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The headers that authenticate a request: for other clients of the API (e.g. streams) to reuse. */
export function authHeaders(): Record<string, string> {
  return accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
}

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request: the server
 * treats a refresh token used twice as stolen and ends the session.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      // The boot script's answer is final either way: no session then means no session now.
      const boot = takeBootRefresh();
      const body = boot ? await boot : await postRefresh();
      setAccessToken(body?.access_token ?? null, body?.expires_in);
      return !!body?.access_token;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

interface RefreshAnswer {
  access_token?: string;
  expires_in?: number;
}

async function postRefresh(): Promise<RefreshAnswer | null> {
  const res = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  return res.ok ? ((await res.json()) as RefreshAnswer) : null;
}

declare global {
  interface Window {
    /** The refresh index.html's inline script started before the bundle loaded: its JSON answer, or null. */
    __apimonSessionBoot?: Promise<RefreshAnswer | null>;
    /** GETs that script sent with the restored token, by path, until the first screen has taken them. */
    __apimonPreload?: Record<string, Promise<Response>>;
  }
}

/** The page-load answer to GET `path` if the inline script asked for it: taken once. */
function takePreload(path: string): Promise<Response> | undefined {
  if (typeof window === 'undefined' || !window.__apimonPreload) return undefined;
  const preload = window.__apimonPreload[path];
  delete window.__apimonPreload[path];
  return preload;
}

/**
 * Forgets the page-load answers nobody took (the first screen asked for something else): later
 * requests must see fresh data, not what the page found when it loaded.
 */
export function dropPreloads(): void {
  if (typeof window !== 'undefined') delete window.__apimonPreload;
}

/**
 * The page-load refresh of index.html's inline script, taken once: a second request with the same cookie would
 * look like a stolen refresh token to the server. Undefined when there is none (tests, dev tools).
 */
function takeBootRefresh(): Promise<RefreshAnswer | null> | undefined {
  if (typeof window === 'undefined') return undefined;
  const boot = window.__apimonSessionBoot;
  delete window.__apimonSessionBoot;
  return boot;
}

/** Where the browser goes when the session is gone; the app may replace it (tests, router navigation). */
let onSignedOut: () => void = () => {
  const { pathname, search } = window.location;
  if (pathname === '/login' || pathname === '/setup') return;
  window.location.assign(`/login?next=${encodeURIComponent(pathname + search)}`);
};

export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

/**
 * The headers every request of ours carries (one place, so credentials apply to JSON and streams alike).
 * `useAuth`: send the access token (false for login, setup and refresh themselves).
 */
export function requestHeaders(accept: string, jsonBody = false, useAuth = true): Record<string, string> {
  return {
    Accept: accept,
    ...(jsonBody ? { 'Content-Type': 'application/json' } : {}),
    ...(useAuth ? authHeaders() : {}),
  };
}

/**
 * fetch with JSON in and out; throws ApiError for every failure, including network errors. Sends the
 * access token; on 401 refreshes it once and retries, and if that fails sends the user to sign in.
 */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const useAuth = options.auth !== false;
  let res = await send(path, options, useAuth);
  if (res.status === 401 && useAuth) {
    if (await refreshAccessToken()) res = await send(path, options, true);
    if (res.status === 401) {
      setAccessToken(null);
      onSignedOut();
    }
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

async function send(path: string, options: RequestOptions, useAuth: boolean): Promise<Response> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  try {
    // A preload carries the token the session was restored with; a 401 is retried as usual.
    const preload = method === 'GET' && useAuth ? takePreload(path) : undefined;
    if (preload) return await preload;
    return await fetch(path, {
      method,
      headers: requestHeaders('application/json', options.body !== undefined, useAuth),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw toApiError(0, undefined);
  }
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
