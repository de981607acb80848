import { lazy, Suspense } from 'react';
import { LoadingState } from '@/components/ui/states';
import { DailyUptimeBar } from './daily-uptime-bar';
import { IncidentTimeline } from './incident-timeline';
import { UptimeFigures } from './uptime-figures';

// Recharts is most of the bundle: loaded with the first chart, not with the dashboard and the list.
const LatencyChart = lazy(() => import('./latency-chart').then((m) => ({ default: m.LatencyChart })));

/** Everything analytics adds to an endpoint's detail page (the lead mounts it there). */
export function EndpointAnalyticsPanel({ endpointId }: { endpointId: number }) {
  return (
    <div className="space-y-4">
      <UptimeFigures endpointId={endpointId} />
      <Suspense fallback={<LoadingState label="Loading response times…" />}>
        <LatencyChart endpointId={endpointId} />
      </Suspense>
      <DailyUptimeBar endpointId={endpointId} />
      <section aria-labelledby="incident-timeline-heading">
        <h2 id="incident-timeline-heading" className="mb-2 font-medium">
          Incidents
        </h2>
        <IncidentTimeline endpointId={endpointId} />
      </section>
    </div>
  );
}
