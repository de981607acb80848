import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import { formatAgo, formatInterval, formatMs } from '@/lib/format';
import { useMediaQuery, useNow } from '@/lib/use-now';
import type { EndpointWire } from '@/types/api';
import { EndpointActions } from './endpoint-actions';
import { EndpointStatusPill } from './endpoint-status-pill';

/** Row i of the list, or undefined while its page is loading. */
export type RowAt = (index: number) => EndpointWire | undefined;

const COLUMNS =
  'md:grid md:grid-cols-[minmax(0,2fr)_7rem_6rem_6rem_8rem_minmax(0,1.5fr)_13rem] md:items-center md:gap-3';
const ROW_DESKTOP = 52;
const ROW_MOBILE = 124;

/**
 * The endpoints as a virtualised table: only the rows on screen (plus a few) are in the DOM, so
 * 20,000 endpoints scroll like 20. Rows whose page is not loaded yet show a placeholder; the parent
 * hears which rows are visible (`onRangeChange`) and loads those pages. Under 768 px each row becomes
 * a small card, with the column names as labels.
 */
export function EndpointTable({
  count,
  rowAt,
  canEdit,
  onRangeChange,
}: {
  count: number;
  rowAt: RowAt;
  canEdit: boolean;
  onRangeChange: (first: number, last: number) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const wide = useMediaQuery('(min-width: 768px)');
  const now = useNow(1_000);
  // The virtualizer re-renders this component itself on scroll; the compiler rightly skips memoizing it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => (wide ? ROW_DESKTOP : ROW_MOBILE),
    overscan: 10,
    // A first guess before the scroller is measured (and the size tests in jsdom get): its most, 70vh,
    // which it is at any length worth virtualising, so the first measure rarely changes the rows shown.
    initialRect: { width: 1024, height: Math.round(window.innerHeight * 0.7) || 700 },
    onChange: (v) => {
      const items = v.getVirtualItems();
      if (items.length > 0) onRangeChange(items[0].index, items[items.length - 1].index);
    },
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div
      role="table"
      aria-label="Endpoints"
      aria-rowcount={count + 1}
      className="rounded-lg border border-slate-200 bg-white"
    >
      <div
        role="rowgroup"
        className="hidden border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-medium text-slate-600 md:block"
      >
        <div role="row" aria-rowindex={1} className={COLUMNS}>
          {['Name', 'Status', 'Latency', 'Interval', 'Last checked', 'Tags', 'Actions'].map((name) => (
            <span key={name} role="columnheader">
              {name}
            </span>
          ))}
        </div>
      </div>
      <div ref={scroller} role="rowgroup" className="max-h-[70vh] overflow-auto" tabIndex={-1}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const endpoint = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`absolute inset-x-0 border-b border-slate-100 px-3 py-2 text-sm ${COLUMNS}`}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {endpoint ? <Cells endpoint={endpoint} now={now} canEdit={canEdit} /> : <Placeholder />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Cells({ endpoint, now, canEdit }: { endpoint: EndpointWire; now: Date; canEdit: boolean }) {
  const label = 'text-xs text-slate-500 md:hidden';
  return (
    <>
      <div role="cell" className="min-w-0 truncate font-medium">
        <Link to={`/endpoints/${endpoint.id}`} className="hover:underline focus-visible:underline">
          {endpoint.name}
        </Link>
        {endpoint.managed_by && <span className="ml-2 text-xs font-normal text-slate-500">(from file)</span>}
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 md:contents">
        <div role="cell">
          <EndpointStatusPill status={endpoint.status} />
        </div>
        <div role="cell" className="tabular-nums">
          <span className={label}>Latency </span>
          {formatMs(endpoint.last_latency_ms)}
        </div>
        <div role="cell">
          <span className={label}>Every </span>
          {endpoint.kind === 'push' ? 'push' : formatInterval(endpoint.interval)}
        </div>
        <div role="cell" className="tabular-nums text-slate-600">
          <span className={label}>Checked </span>
          {endpoint.last_checked_at ? formatAgo(new Date(endpoint.last_checked_at), now) : 'never'}
        </div>
      </div>
      <div role="cell" className="mt-1 flex min-w-0 flex-wrap gap-1 overflow-hidden md:mt-0 md:h-5">
        {(endpoint.tags ?? []).map((tag) => (
          <span key={tag} className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">
            {tag}
          </span>
        ))}
      </div>
      <div role="cell" className="mt-1 md:mt-0">
        <EndpointActions endpoint={endpoint} canEdit={canEdit} />
      </div>
    </>
  );
}

function Placeholder() {
  return (
    <div role="cell" className="col-span-full h-4 w-2/3 animate-pulse rounded bg-slate-100">
      <span className="sr-only">Loading…</span>
    </div>
  );
}
