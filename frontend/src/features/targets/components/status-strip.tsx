import type { ServiceHistory } from '../api/types';
import { toStatusStrip, type StripSegment } from '../to-status-strip';

const COLOURS: Record<string, string> = {
  OK: 'bg-emerald-500',
  Degraded: 'bg-amber-400',
  Outage: 'bg-red-600',
  Unknown: 'bg-slate-400',
  none: 'bg-slate-200',
};

function label(s: StripSegment): string {
  if (s.status === null) return 'not observed';
  return s.maintenance ? 'Maintenance' : s.status;
}

/** The last 24 hours of one service as a bar; the words are in its accessible name and tooltips. */
export function StatusStrip({
  service,
  history,
  now,
}: {
  service: string;
  history: ServiceHistory | undefined;
  now: Date;
}) {
  const segments = history ? toStatusStrip(history, now) : [];
  if (segments.length === 0) return <div className="h-2 w-full rounded bg-slate-100" aria-hidden="true" />;
  const summary = segments.map((s) => `${label(s)} ${Math.round(s.percent)}%`).join(', ');
  return (
    <div
      role="img"
      aria-label={`Last 24 hours of ${service}: ${summary}`}
      className="flex h-2 w-full overflow-hidden rounded bg-slate-100"
    >
      {segments.map((s) => (
        <div
          key={s.from.toISOString()}
          title={`${label(s)} from ${s.from.toISOString().slice(11, 16)} to ${s.to.toISOString().slice(11, 16)} UTC`}
          className={s.maintenance ? 'bg-sky-400' : COLOURS[s.status ?? 'none']}
          style={{ width: `${s.percent}%` }}
        />
      ))}
    </div>
  );
}
