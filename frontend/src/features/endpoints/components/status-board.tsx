import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import { formatMs } from '@/lib/format';
import type { EndpointWire } from '@/types/api';
import { EndpointStatusPill } from './endpoint-status-pill';
import { formatCount } from '@/lib/text';

const ROW = 40;

/**
 * Endpoints' statuses and last latencies, problems first: the rows given (the dashboard's first page)
 * out of `total`, with a way to the full list when there are more.
 */
export function StatusBoard({ endpoints, total }: { endpoints: EndpointWire[]; total: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself on scroll; the compiler rightly skips memoizing it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: endpoints.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 10,
    initialRect: { width: 800, height: 480 },
  });
  return (
    <section aria-labelledby="all-statuses" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="all-statuses" className="font-medium">
        Endpoints
      </h2>
      <div ref={scroller} className="mt-2 max-h-[480px] overflow-auto">
        <ul aria-label="Endpoint statuses" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const e = endpoints[item.index];
            return (
              <li
                key={e.id}
                aria-posinset={item.index + 1}
                aria-setsize={total}
                className="absolute inset-x-0 flex items-center justify-between gap-3 border-b border-slate-100 text-sm"
                style={{ height: ROW, transform: `translateY(${item.start}px)` }}
              >
                <Link to={`/endpoints/${e.id}`} className="min-w-0 truncate hover:underline">
                  {e.name}
                </Link>
                <span className="flex shrink-0 items-center gap-3">
                  <span className="w-16 text-right text-xs tabular-nums text-slate-600">
                    {formatMs(e.last_latency_ms)}
                  </span>
                  <EndpointStatusPill status={e.status} />
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      {total > endpoints.length && (
        <p className="mt-2 text-xs text-slate-600">
          The {formatCount(endpoints.length)} with the most problems of {formatCount(total)}.{' '}
          <Link to="/endpoints?sort=status" className="font-medium text-emerald-700 hover:underline">
            See all endpoints
          </Link>
        </p>
      )}
    </section>
  );
}
