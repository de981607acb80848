import { StatusPill } from '@/components/ui/status-pill';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatUtc } from '@/lib/format';
import { useIncidents } from '../api/get-incidents';
import type { Incident } from '../api/types';
import { formatDuration } from '../format-duration';

/** Incidents newest first; with an endpoint id, that endpoint's only. */
export function IncidentTimeline({
  endpointId,
  open,
  limit = 20,
  load = true,
}: {
  endpointId?: number;
  open?: boolean;
  limit?: number;
  /** false: not asked for yet (shown as loading). */
  load?: boolean;
}) {
  const incidents = useIncidents({ endpointId, open, limit }, load);
  if (incidents.isPending) return <LoadingState label="Loading incidents…" />;
  if (incidents.isError) {
    return (
      <ErrorState
        title="Incidents could not be loaded"
        message={incidents.error.message}
        onRetry={() => void incidents.refetch()}
      />
    );
  }
  if (!incidents.data.incidents.length) {
    return (
      <EmptyState title={open ? 'No open incidents' : 'No incidents'}>
        Downtime periods appear here when an endpoint goes DOWN.
      </EmptyState>
    );
  }
  return (
    <ol className="space-y-2" aria-label="Incidents">
      {incidents.data.incidents.map((i) => (
        <IncidentItem key={i.id} incident={i} showEndpoint={endpointId === undefined} />
      ))}
    </ol>
  );
}

export function IncidentItem({ incident: i, showEndpoint }: { incident: Incident; showEndpoint: boolean }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <StatusPill tone={i.resolved_at ? 'neutral' : 'bad'} label={i.resolved_at ? 'Resolved' : 'Ongoing'} />
        {showEndpoint && <span className="font-medium">{i.endpoint_name}</span>}
        <span className="text-slate-600">
          {formatUtc(new Date(i.started_at))} · {formatDuration(i.duration_seconds)} · {i.failed_checks} failed check
          {i.failed_checks === 1 ? '' : 's'}
        </span>
      </div>
      {i.cause && (
        <p className="mt-1 text-slate-700">
          {i.cause.kind && <span className="font-mono text-xs">{i.cause.kind}</span>} {i.cause.message}
        </p>
      )}
    </li>
  );
}
