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
  // figures share the summary, and the per-endpoint overview waits for it and the first rows.
  const summary = useSummary();
  const firstRows = useDashboardEndpoints();
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="Your APIs and the public services they depend on, at a glance."
        actions={<LiveIndicator mode={live} />}
      />
      <div className="flex flex-col gap-6">
        <EndpointsOverview canEdit={canEdit} totals={summary.data?.totals} totalsError={summary.error} />
        <DashboardAnalytics loadOverview={summary.isFetched && firstRows.isFetched} />
        <div className="grid gap-4 sm:grid-cols-3">
          <PublicServicesNotOkCount />
        </div>
        <SystemStatusCard />
      </div>
    </>
  );
}
