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
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      const body = res.ok ? ((await res.json()) as { access_token?: string; expires_in?: number }) : undefined;
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
  try {
    return await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: {
        Accept: 'application/json',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(useAuth ? authHeaders() : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw toApiError(0, undefined);
  }
}
