import { PageHeader } from '@/components/layout/page-header';
import { useSummary } from '@/features/analytics/api/get-summary';
import { DashboardAnalytics } from '@/features/analytics/components/dashboard-analytics';
import { useDashboardEndpoints } from '@/features/endpoints/api/dashboard-endpoints';
import { useLiveEvents } from '@/features/endpoints/api/use-live-events';
import { EndpointsOverview } from '@/features/endpoints/components/endpoints-overview';
import { LiveIndicator } from '@/features/endpoints/components/live-indicator';
import { SystemStatusCard } from '@/features/system/components/system-status-card';
import { PublicServicesNotOkCount } from '@/features/targets/components/public-services-not-ok-count';
import { useCanEdit } from './use-can-edit';

export function DashboardRoute() {
  const live = useLiveEvents();
  const canEdit = useCanEdit();
  // The same queries as the blocks below use (one request each): the status cards and the analytics
  // figures share the summary. Everything else (the per-endpoint overview, incidents, public services,
  // apimon's own health) waits for it and the first rows: the server and the browser share the CPU,
  // and the counts and statuses are what people open the dashboard for.
  const summary = useSummary();
  const firstRows = useDashboardEndpoints();
  const firstIn = summary.isFetched && firstRows.isFetched;
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="Your APIs and the public services they depend on, at a glance."
        actions={<LiveIndicator mode={live} />}
      />
      <div className="flex flex-col gap-6">
        <EndpointsOverview canEdit={canEdit} totals={summary.data?.totals} totalsError={summary.error} />
        <DashboardAnalytics loadDetails={firstIn} />
        <div className="grid gap-4 sm:grid-cols-3">
          <PublicServicesNotOkCount load={firstIn} />
        </div>
        <SystemStatusCard load={firstIn} />
      </div>
    </>
  );
}
