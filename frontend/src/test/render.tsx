import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { createQueryClient } from '@/lib/query-client';

/** Renders a screen inside a fresh query client and an in-memory router at `path`. */
export function renderRoute(
  element: ReactNode,
  { path = '/', pattern = '*' }: { path?: string; pattern?: string } = {},
) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(
    [
      { path: pattern, element },
      { path: '*', element: <Elsewhere /> },
    ],
    { initialEntries: [path] },
  );
  return {
    router,
    queryClient,
    ...render(<QueryClientProvider client={queryClient}>{<RouterProvider router={router} />}</QueryClientProvider>),
  };
}

function Elsewhere() {
  return <p>navigated to {useLocation().pathname}</p>;
}

/**
 * jsdom lays nothing out (every box is 0 × 0), so a virtualised list would show no rows. Give every
 * element a 1024 × 700 box, as a desktop window would, for the tests of virtualised screens.
 */
export function withLayout() {
  const box = { x: 0, y: 0, top: 0, left: 0, width: 1024, height: 700, right: 1024, bottom: 700 };
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ ...box, toJSON: () => box });
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(700);
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(1024);
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(700);
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(1024);
  });
  afterEach(() => vi.restoreAllMocks());
}
