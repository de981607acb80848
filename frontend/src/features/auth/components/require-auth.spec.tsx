import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { setAccessToken } from '@/lib/api-client';
import { RequireAuth } from './require-auth';

function Where({ label }: { label: string }) {
  const location = useLocation();
  return (
    <p>
      {label} {location.search}
    </p>
  );
}

/** Serves the auth endpoints the way the backend would, from a few switches. */
function serve(options: { setupRequired: boolean; refreshToken: string | null }) {
  vi.stubGlobal('fetch', async (url: string) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
    if (url === '/api/v1/auth/status') return json(200, { setup_required: options.setupRequired });
    if (url === '/api/v1/auth/refresh') {
      return options.refreshToken
        ? json(200, { access_token: options.refreshToken, expires_in: 900 })
        : json(401, { error: { code: 'InvalidRefreshToken', message: 'Sign in again.' } });
    }
    return json(404, {});
  });
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <Where label="login page" /> },
      { path: '/setup', element: <Where label="setup page" /> },
      { path: '*', element: <RequireAuth>{<Where label="protected page" />}</RequireAuth> },
    ],
    { initialEntries: [path] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('RequireAuth', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setAccessToken(null);
  });

  it('sends a new installation to the first-run setup', async () => {
    serve({ setupRequired: true, refreshToken: null });
    renderAt('/settings/users');
    expect(await screen.findByText(/setup page/)).toBeInTheDocument();
  });

  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    serve({ setupRequired: false, refreshToken: null });
    renderAt('/settings/users?tab=2');
    expect(await screen.findByText('login page ?next=%2Fsettings%2Fusers%3Ftab%3D2')).toBeInTheDocument();
  });

  it('restores the session from the refresh cookie after a reload', async () => {
    serve({ setupRequired: false, refreshToken: 'fresh-token' });
    renderAt('/settings/users');
    expect(await screen.findByText(/protected page/)).toBeInTheDocument();
  });

  it('restores the session while the status is still on its way, not after it', async () => {
    const asked: string[] = [];
    let answerStatus: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      if (url === '/api/v1/auth/status') return new Promise<Response>((resolve) => (answerStatus = resolve));
      return new Response(JSON.stringify({ access_token: 'fresh-token', expires_in: 900 }), { status: 200 });
    });
    renderAt('/endpoints');
    expect(await screen.findByText(/protected page/)).toBeInTheDocument();
    expect(asked).toEqual(['/api/v1/auth/status', '/api/v1/auth/refresh']);
    act(() => answerStatus(new Response(JSON.stringify({ setup_required: false }), { status: 200 })));
  });

  it('waits for the status before sending a visitor whose session could not be restored to login', async () => {
    let answerStatus: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', async (url: string) => {
      if (url === '/api/v1/auth/status') return new Promise<Response>((resolve) => (answerStatus = resolve));
      return new Response(JSON.stringify({ error: { code: 'InvalidRefreshToken', message: 'no' } }), { status: 401 });
    });
    renderAt('/endpoints');
    expect(await screen.findByText('Signing in…')).toBeInTheDocument();
    act(() => answerStatus(new Response(JSON.stringify({ setup_required: true }), { status: 200 })));
    expect(await screen.findByText(/setup page/)).toBeInTheDocument();
  });

  it('lets a page holding a token through, and goes to the login page when the session ends', async () => {
    serve({ setupRequired: false, refreshToken: null });
    setAccessToken('in-memory');
    renderAt('/endpoints');
    expect(await screen.findByText(/protected page/)).toBeInTheDocument();
    act(() => setAccessToken(null));
    expect(await screen.findByText('login page ?next=%2Fendpoints')).toBeInTheDocument();
  });
});
