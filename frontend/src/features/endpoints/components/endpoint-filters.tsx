import { useEffect, useState } from 'react';
import { ENDPOINT_STATUSES, type EndpointStatus } from '@/types/api';
import { SORTS, type EndpointFilters, type EndpointSort } from '../list-filters';

const field =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-emerald-600';

/** Search (applied as you type, after a short pause), status, tag and sort of the endpoints list. */
export function EndpointFiltersBar({
  filters,
  tags,
  onChange,
}: {
  filters: EndpointFilters;
  tags: string[];
  onChange: (next: EndpointFilters) => void;
}) {
  const [q, setQ] = useState(filters.q);
  // The URL changed from elsewhere (back button, "Clear the filters"): show its search.
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setQ(filters.q);
  }
  useEffect(() => {
    if (q.trim() === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: q.trim() }), 250);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);

  const tagChoices = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  return (
    <form role="search" className="mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
      <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
        Search by name
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          className={field}
          placeholder="payments"
        />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Status
        <select
          value={filters.status ?? ''}
          onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as EndpointStatus | null })}
          className={field}
        >
          <option value="">All</option>
          {ENDPOINT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Tag
        <select
          value={filters.tag ?? ''}
          onChange={(e) => onChange({ ...filters, tag: e.target.value || null })}
          className={field}
        >
          <option value="">All</option>
          {tagChoices.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Sort
        <select
          value={filters.sort}
          onChange={(e) => onChange({ ...filters, sort: e.target.value as EndpointSort })}
          className={field}
        >
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
