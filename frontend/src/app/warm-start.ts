import type { QueryClient } from '@tanstack/react-query';
import { authStatusQueryOptions } from '@/features/auth/api/get-auth-status';
import { summaryQueryOptions } from '@/features/analytics/api/get-summary';
import { dashboardEndpointsQueryOptions } from '@/features/endpoints/api/dashboard-endpoints';
import { endpointsPageQueryOptions } from '@/features/endpoints/api/list-endpoints';
import { filtersFromSearch } from '@/features/endpoints/list-filters';
import { dropPreloads, refreshAccessToken } from '@/lib/api-client';

/** Pages shown without a session: nothing to restore or fetch ahead there. */
const PUBLIC_PATHS = new Set(['/login', '/setup', '/accept-invite']);

/**
 * The first queries of the screens people open first, by path: fetched as soon as the session is
 * back, while React is still rendering, instead of after the first render's effects.
 */
function firstQueries(pathname: string, search: string): ((client: QueryClient) => Promise<void>)[] {
  if (pathname === '/')
    return [
      (client) => client.prefetchQuery(summaryQueryOptions()),
      (client) => client.prefetchQuery(dashboardEndpointsQueryOptions()),
    ];
  if (pathname === '/endpoints')
    return [
      (client) => client.prefetchQuery(endpointsPageQueryOptions(filtersFromSearch(new URLSearchParams(search)), 0)),
    ];
  return [];
}

/**
 * Called once before the first render: starts restoring the session from the refresh cookie (the
 * route guard's own attempt then shares this request) and the first screen's data right after it,
 * or, without a session, the first-run status.
 * Resolves once all of it has arrived (prefetches never reject: a failed one is left to the screen).
 */
export async function warmStart(client: QueryClient, location: { pathname: string; search: string }): Promise<void> {
  if (PUBLIC_PATHS.has(location.pathname)) return;
  if (await refreshAccessToken()) {
    // A session means a user exists: no first-run setup (what startSession records after a login too).
    // The route guard then needs no status request, and sends a user who signs out to the login page.
    client.setQueryData(authStatusQueryOptions().queryKey, { setup_required: false });
    await Promise.all(firstQueries(location.pathname, location.search).map((prefetch) => prefetch(client)));
  }
  // Without a session the route guard needs the first-run status (login or setup?).
  else await client.prefetchQuery(authStatusQueryOptions());
  // What index.html's inline script fetched ahead has been taken by now, or never will be.
  dropPreloads();
}
