import { QueryClient } from '@tanstack/react-query';
import { setAccessToken } from '@/lib/api-client';
import { resetBootScript, runBootScript } from '@/test/boot-script';
import { warmStart } from './warm-start';

/** Records what was asked (path and bearer token) and answers like the backend would. */
function serve(refreshToken: string | null) {
  const asked: { url: string; token: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    asked.push({ url, token: headers.get('authorization') });
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
    if (url === '/api/v1/auth/status') return json(200, { setup_required: false });
    if (url === '/api/v1/auth/refresh')
      return refreshToken
        ? json(200, { access_token: refreshToken, expires_in: 900 })
        : json(401, { error: { code: 'InvalidRefreshToken', message: 'Sign in again.' } });
    if (url.startsWith('/api/v1/endpoints')) return json(200, { endpoints: [], total: 0 });
    return json(200, {});
  });
  return asked;
}

describe('warmStart', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setAccessToken(null);
    resetBootScript();
  });

  it('restores the session, then fetches the dashboard summary and first rows with the new token (no first-run status)', async () => {
    const asked = serve('fresh-token');
    const client = new QueryClient();
    await warmStart(client, { pathname: '/', search: '' });
    expect(asked.map((a) => a.url).sort()).toEqual([
      '/api/v1/auth/refresh',
      '/api/v1/endpoints?limit=100&offset=0&sort=status',
      '/api/v1/stats/summary',
    ]);
    expect(asked.find((a) => a.url === '/api/v1/stats/summary')?.token).toBe('Bearer fresh-token');
    expect(client.getQueryData(['analytics', 'summary'])).toEqual({});
    // A session means a user exists: the route guard knows without asking (and after a sign-out).
    expect(client.getQueryData(['auth', 'status'])).toEqual({ setup_required: false });
  });

  it('fetches the endpoints list page of the filters in the address', async () => {
    const asked = serve('fresh-token');
    const client = new QueryClient();
    await warmStart(client, { pathname: '/endpoints', search: '?status=DOWN&sort=-latency' });
    expect(asked.map((a) => a.url)).toContain('/api/v1/endpoints?limit=100&offset=0&status=DOWN&sort=-latency');
  });

  it('fetches no data but the first-run status when there is no session to restore', async () => {
    const asked = serve(null);
    const client = new QueryClient();
    await warmStart(client, { pathname: '/', search: '' });
    expect(asked.map((a) => a.url).sort()).toEqual(['/api/v1/auth/refresh', '/api/v1/auth/status']);
  });

  it('does nothing on the pages shown without a session', async () => {
    const asked = serve('fresh-token');
    const client = new QueryClient();
    await warmStart(client, { pathname: '/login', search: '?next=%2F' });
    expect(asked).toEqual([]);
  });

  it.each([['/'], ['/endpoints']])(
    "on %s, takes over what index.html's script fetched ahead: the same requests as without it, each once",
    async (path) => {
      const alone = serve('fresh-token');
      await warmStart(new QueryClient(), { pathname: path, search: '' });
      setAccessToken(null);
      const asked = serve('fresh-token');
      runBootScript(path);
      await warmStart(new QueryClient(), { pathname: path, search: '' });
      expect(asked.map((a) => a.url).sort()).toEqual(alone.map((a) => a.url).sort());
      expect(asked.length).toBeGreaterThan(1);
      expect(window.__apimonPreload).toBeUndefined();
    },
  );
});
