import { resetBootScript, runBootScript } from '@/test/boot-script';
import {
  apiFetch,
  ApiError,
  authHeaders,
  dropPreloads,
  getAccessToken,
  refreshAccessToken,
  setAccessToken,
  setSignedOutHandler,
  toApiError,
} from './api-client';

describe('toApiError', () => {
  it('reads the server error shape', () => {
    const error = toApiError(400, {
      error: {
        code: 'ValidationFailed',
        message: 'The request is not valid.',
        details: [{ field: 'interval', message: 'must be at least 5' }],
        request_id: 'r1',
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'ValidationFailed', requestId: 'r1' });
    expect(error.fieldError('interval')).toBe('must be at least 5');
    expect(error.fieldError('name')).toBeUndefined();
  });

  it.each([
    [502, '<html>Bad gateway</html>', 'Http502'],
    [500, undefined, 'Http500'],
    [0, undefined, 'NetworkError'],
  ])('falls back for status %i with a non-API body', (status, body, code) => {
    expect(toApiError(status, body).code).toBe(code);
  });
});

describe('apiFetch with a session', () => {
  type Handler = (url: string, init: RequestInit) => Response;
  let calls: { url: string; authorization: string | undefined }[];
  let signedOut: number;

  const serve = (handler: Handler) => {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      calls.push({ url, authorization: (init.headers as Record<string, string> | undefined)?.Authorization });
      return handler(url, init);
    });
  };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  beforeEach(() => {
    calls = [];
    signedOut = 0;
    setAccessToken(null);
    setSignedOutHandler(() => signedOut++);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setAccessToken(null);
  });

  it('sends the access token', async () => {
    setAccessToken('t1');
    serve(() => json(200, { ok: true }));
    await expect(apiFetch('/api/v1/x')).resolves.toEqual({ ok: true });
    expect(calls).toEqual([{ url: '/api/v1/x', authorization: 'Bearer t1' }]);
    expect(authHeaders()).toEqual({ Authorization: 'Bearer t1' });
  });

  it('on 401 refreshes once through the cookie and retries with the new token', async () => {
    setAccessToken('old');
    serve((url, init) => {
      if (url === '/api/v1/auth/refresh') return json(200, { access_token: 'new', expires_in: 900 });
      return (init.headers as Record<string, string>).Authorization === 'Bearer new'
        ? json(200, { ok: true })
        : json(401, { error: { code: 'InvalidToken', message: 'expired' } });
    });
    await expect(apiFetch('/api/v1/x')).resolves.toEqual({ ok: true });
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/x', '/api/v1/auth/refresh', '/api/v1/x']);
    expect(getAccessToken()).toBe('new');
    expect(signedOut).toBe(0);
  });

  it('signs out when the refresh fails too, and throws the 401', async () => {
    setAccessToken('old');
    serve(() => json(401, { error: { code: 'SessionRevoked', message: 'Sign in again.' } }));
    await expect(apiFetch('/api/v1/x')).rejects.toMatchObject({ status: 401, code: 'SessionRevoked' });
    expect(getAccessToken()).toBeNull();
    expect(signedOut).toBe(1);
  });

  it('shares one refresh between concurrent requests (a refresh token is single-use)', async () => {
    setAccessToken('old');
    serve((url, init) => {
      if (url === '/api/v1/auth/refresh') return json(200, { access_token: 'new' });
      return (init.headers as Record<string, string>).Authorization === 'Bearer new' ? json(200, {}) : json(401, {});
    });
    await Promise.all([apiFetch('/api/v1/a'), apiFetch('/api/v1/b'), apiFetch('/api/v1/c')]);
    expect(calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('with auth: false sends no token and treats 401 as an answer (wrong password)', async () => {
    setAccessToken('t1');
    serve(() => json(401, { error: { code: 'InvalidCredentials', message: 'The email or password is wrong.' } }));
    await expect(apiFetch('/api/v1/auth/login', { body: {}, auth: false })).rejects.toMatchObject({
      code: 'InvalidCredentials',
    });
    expect(calls).toEqual([{ url: '/api/v1/auth/login', authorization: undefined }]);
    expect(getAccessToken()).toBe('t1');
    expect(signedOut).toBe(0);
  });
});

describe('the session restore started by the inline script of index.html', () => {
  let asked: { url: string; authorization: string | null }[];
  const serve = (refreshStatus: number) => {
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      asked.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      if (url !== '/api/v1/auth/refresh') return new Response(JSON.stringify({ n: asked.length }), { status: 200 });
      return refreshStatus === 200
        ? new Response(JSON.stringify({ access_token: `token-${asked.length}`, expires_in: 900 }), { status: 200 })
        : new Response(JSON.stringify({ error: { code: 'InvalidRefreshToken', message: 'Sign in again.' } }), {
            status: refreshStatus,
          });
    });
  };
  const urls = () => asked.map((a) => a.url);

  beforeEach(() => {
    asked = [];
    setAccessToken(null);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setAccessToken(null);
    resetBootScript();
  });

  it('is taken over by the app: one refresh request, its token used; the next refresh asks again', async () => {
    serve(200);
    runBootScript('/endpoints/7');
    expect(urls()).toEqual(['/api/v1/auth/refresh']);
    await expect(refreshAccessToken()).resolves.toBe(true);
    expect(getAccessToken()).toBe('token-1');
    expect(asked).toHaveLength(1);
    await expect(refreshAccessToken()).resolves.toBe(true);
    expect(getAccessToken()).toBe('token-2');
    expect(asked).toHaveLength(2);
  });

  it("asks for the dashboard's first data with the restored token; the app takes each answer once", async () => {
    serve(200);
    runBootScript('/');
    await refreshAccessToken();
    expect(asked.slice(1)).toEqual([
      { url: '/api/v1/stats/summary', authorization: 'Bearer token-1' },
      { url: '/api/v1/endpoints?limit=100&offset=0&sort=status', authorization: 'Bearer token-1' },
    ]);
    // The preloaded answer (the server's 2nd and 3rd requests), with no new request; then fresh ones.
    await expect(apiFetch('/api/v1/stats/summary')).resolves.toEqual({ n: 2 });
    expect(asked).toHaveLength(3);
    await expect(apiFetch('/api/v1/stats/summary')).resolves.toEqual({ n: 4 });
    dropPreloads();
    await expect(apiFetch('/api/v1/endpoints?limit=100&offset=0&sort=status')).resolves.toEqual({ n: 5 });
  });

  it('preloads the list only without filters in the address (the app builds those queries)', async () => {
    serve(200);
    runBootScript('/endpoints?status=DOWN');
    await refreshAccessToken();
    expect(urls()).toEqual(['/api/v1/auth/refresh']);
  });

  it('answers "no session" without a second request when the cookie is refused, and preloads nothing', async () => {
    serve(401);
    runBootScript('/');
    await expect(refreshAccessToken()).resolves.toBe(false);
    expect(getAccessToken()).toBeNull();
    expect(urls()).toEqual(['/api/v1/auth/refresh']);
  });

  it.each(['/login', '/setup', '/accept-invite'])('starts nothing on %s', (path) => {
    serve(200);
    runBootScript(path);
    expect(asked).toEqual([]);
    expect(window.__apimonSessionBoot).toBeUndefined();
  });
});
