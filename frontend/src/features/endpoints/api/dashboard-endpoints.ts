import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpointsApiQuery } from '../list-filters';
import { listEndpoints } from './list-endpoints';

/**
 * Rows the dashboard's status board shows: the first page, problems first. The counts come from the
 * server's summary, so nothing here grows with the number of endpoints (the list page has them all).
 */
export const DASHBOARD_ROWS = 100;

export const dashboardEndpointsQueryOptions = () =>
  queryOptions({
    // Under 'endpoints': live updates patch it and definition changes refetch it like every list.
    queryKey: ['endpoints', 'dashboard', { sort: 'status', limit: DASHBOARD_ROWS }],
    queryFn: ({ signal }) => listEndpoints(endpointsApiQuery({ sort: 'status' }, 0, DASHBOARD_ROWS), signal),
  });

export const useDashboardEndpoints = () => useQuery(dashboardEndpointsQueryOptions());
