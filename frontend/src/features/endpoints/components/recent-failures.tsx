import { Link } from 'react-router';
import { formatAgo } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import type { EndpointWire } from '@/types/api';
import { EndpointStatusPill } from './endpoint-status-pill';
import { compareText } from '@/lib/text';

/** Endpoints failing now (DOWN or DEGRADED), the most recent change first. */
export function RecentFailures({ endpoints, max = 10 }: { endpoints: EndpointWire[]; max?: number }) {
  const now = useNow(1_000);
  const failing = endpoints
    .filter((e) => e.status === 'DOWN' || e.status === 'DEGRADED')
    .sort((a, b) => compareText(b.status_since, a.status_since))
    .slice(0, max);
  return (
    <section aria-labelledby="recent-failures" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="recent-failures" className="font-medium">
        Recent failures
      </h2>
      {failing.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Nothing is failing right now.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {failing.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link to={`/endpoints/${e.id}`} className="min-w-0 truncate font-medium hover:underline">
                {e.name}
              </Link>
              <span className="flex items-center gap-2 text-xs text-slate-600">
                <EndpointStatusPill status={e.status} />
                {formatAgo(new Date(e.status_since), now)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
