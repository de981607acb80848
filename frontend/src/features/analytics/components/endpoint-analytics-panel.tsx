import { DailyUptimeBar } from './daily-uptime-bar';
import { IncidentTimeline } from './incident-timeline';
import { LatencyChart } from './latency-chart';
import { UptimeFigures } from './uptime-figures';

/** Everything analytics adds to an endpoint's detail page (the lead mounts it there). */
export function EndpointAnalyticsPanel({ endpointId }: { endpointId: number }) {
  return (
    <div className="space-y-4">
      <UptimeFigures endpointId={endpointId} />
      <LatencyChart endpointId={endpointId} />
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
