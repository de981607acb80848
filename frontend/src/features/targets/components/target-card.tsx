import { StatusPill } from '@/components/ui/status-pill';
import { formatAgo, formatUtc } from '@/lib/format';
import { useCollectTarget } from '../api/collect-target';
import { useTargetHistory } from '../api/get-target-history';
import type { PublicService, PublicTarget } from '../api/types';
import { sortServices, statusDisplay } from '../status-display';
import { StatusStrip } from './status-strip';

/** One provider: its overall status, last update, stale marker, open incident and services. */
export function TargetCard({ target, now }: { target: PublicTarget; now: Date }) {
  const history = useTargetHistory(target.name);
  const collect = useCollectTarget();
  const overall = statusDisplay({
    status: target.status,
    dimensions: target.dimensions,
    stale: target.stale || undefined,
  });
  const headingId = `target-${target.name}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={headingId} className="font-medium">
            {target.displayName}
          </h2>
          <StatusPill tone={overall.tone} label={overall.label} />
          {target.stale && (
            <span className="rounded bg-slate-800 px-1.5 py-0.5 text-xs font-medium text-white">Stale data</span>
          )}
        </div>
        <div className="flex items-center gap-3 text-xs text-slate-500">
          <span title={target.lastTimestamp ? formatUtc(new Date(target.lastTimestamp)) : undefined}>
            {target.lastTimestamp ? `Updated ${formatAgo(new Date(target.lastTimestamp), now)}` : 'Not collected yet'}
          </span>
          <button
            type="button"
            onClick={() => collect.mutate(target.name)}
            disabled={collect.isPending}
            className="rounded-md px-2 py-1 font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
          >
            {collect.isPending ? 'Refreshing…' : `Refresh ${target.displayName}`}
          </button>
        </div>
      </div>
      {collect.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Refresh failed: {collect.error.message}
        </p>
      )}
      <Incident dimensions={target.dimensions} />
      {target.services.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">
          {target.status === 'OK' ? 'No service is reported affected.' : 'No services reported.'}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100" aria-label={`${target.displayName} services`}>
          {sortServices(target.services).map((s) => (
            <ServiceRow key={s.name} service={s} history={history.data?.find((h) => h.service === s.name)} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ServiceRow({
  service,
  history,
  now,
}: {
  service: PublicService;
  history: Parameters<typeof StatusStrip>[0]['history'];
  now: Date;
}) {
  const display = statusDisplay(service);
  return (
    <li className="grid grid-cols-1 gap-1 py-2 text-sm sm:grid-cols-[minmax(0,1fr)_auto_12rem] sm:items-center sm:gap-3">
      <div className="min-w-0">
        <span className="font-medium">{service.name}</span>
        <Incident dimensions={service.dimensions} compact />
      </div>
      <span aria-label={`${service.name}: ${display.label}`}>
        <StatusPill tone={display.tone} label={display.label} />
      </span>
      <StatusStrip service={service.name} history={history} now={now} />
    </li>
  );
}

function Incident({ dimensions, compact = false }: { dimensions: PublicTarget['dimensions']; compact?: boolean }) {
  if (!dimensions.incidentTitle) return null;
  const title = String(dimensions.incidentTitle);
  const className = compact ? 'block truncate text-xs text-slate-600' : 'mt-2 block text-sm text-slate-700';
  return dimensions.incidentLink ? (
    <a href={String(dimensions.incidentLink)} target="_blank" rel="noreferrer" className={`${className} underline`}>
      Incident: {title}
    </a>
  ) : (
    <span className={className}>Incident: {title}</span>
  );
}
