import { useSearchParams } from 'react-router';
import { IncidentTimeline } from './incident-timeline';

const FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
] as const;

/** Incidents of all endpoints; the open/resolved filter lives in the URL (?status=). */
export function IncidentsList() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'all';
  const open = status === 'open' ? true : status === 'resolved' ? false : undefined;
  return (
    <div className="space-y-3">
      <div role="radiogroup" aria-label="Show" className="flex gap-1">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            role="radio"
            aria-checked={status === f.value}
            onClick={() => setParams(f.value === 'all' ? {} : { status: f.value })}
            className={`rounded px-3 py-1 text-sm ring-1 ring-slate-300 ${status === f.value ? 'bg-slate-800 text-white' : 'bg-white hover:bg-slate-100'}`}
          >
            {f.label}
          </button>
        ))}
      </div>
      <IncidentTimeline open={open} limit={200} />
    </div>
  );
}
