import { PageHeader } from '@/components/layout/page-header';
import { EndpointAlertsPanel } from '@/features/alerts/components/endpoint-alerts-panel';
import { EndpointAnalyticsPanel } from '@/features/analytics/components/endpoint-analytics-panel';
import { CheckTable } from '@/features/checks/components/check-table';
import { useEndpoint } from '@/features/endpoints/api/get-endpoint';
import { useLiveEvents } from '@/features/endpoints/api/use-live-events';
import { EndpointSummary } from '@/features/endpoints/components/endpoint-summary';
import { LiveIndicator } from '@/features/endpoints/components/live-indicator';
import { useCanEdit } from './use-can-edit';
import { EndpointFallback, EndpointNotFound, useEndpointId } from './endpoint-loading';

export function EndpointDetailRoute() {
  const id = useEndpointId();
  return id === null ? <EndpointNotFound /> : <EndpointDetail id={id} />;
}

function EndpointDetail({ id }: { id: number }) {
  const canEdit = useCanEdit();
  const live = useLiveEvents();
  const endpoint = useEndpoint(id);

  // Loading, not found, or failed: the fallback. While loading, the panels below already load too:
  // they need only the id, and waiting for the endpoint first would put them a round trip behind.
  if (!endpoint.isSuccess && !endpoint.isPending) return <EndpointFallback query={endpoint} />;
  return (
    <>
      {endpoint.isSuccess ? (
        <PageHeader
          title={endpoint.data.name}
          description={endpoint.data.kind === 'push' ? 'Heartbeat monitor' : undefined}
          actions={<LiveIndicator mode={live} />}
        />
      ) : (
        <div className="mb-6">
          <EndpointFallback query={endpoint} />
        </div>
      )}
      <div className="flex flex-col gap-6">
        {endpoint.isSuccess && <EndpointSummary endpoint={endpoint.data} canEdit={canEdit} />}
        <EndpointAnalyticsPanel endpointId={id} />
        <EndpointAlertsPanel endpointId={id} />
        <section aria-labelledby="recent-checks">
          <h2 id="recent-checks" className="mb-2 font-medium">
            Checks
          </h2>
          <CheckTable endpointId={id} limit={50} />
        </section>
      </div>
    </>
  );
}
