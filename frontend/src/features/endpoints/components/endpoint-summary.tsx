import { buttonClass } from '@/components/ui/button';
import { formatAgo, formatInterval, formatMs, formatUtc } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import type { EndpointWire } from '@/types/api';
import { useCheckNow } from '../api/endpoint-actions';
import { EndpointActions } from './endpoint-actions';
import { EndpointStatusPill } from './endpoint-status-pill';
import { PingUrl } from './ping-url';

/** The head of the detail page: status since when, what is checked, and the actions. */
export function EndpointSummary({ endpoint, canEdit }: { endpoint: EndpointWire; canEdit: boolean }) {
  const now = useNow(1_000);
  const checkNow = useCheckNow(endpoint.id);
  const since = new Date(endpoint.status_since);
  return (
    <section aria-label="Current status" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <EndpointStatusPill status={endpoint.status} />
          <span title={formatUtc(since)}>
            since {formatAgo(since, now).replace(' ago', '')} ({formatUtc(since)})
          </span>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {canEdit && endpoint.kind === 'http' && (
            <button
              type="button"
              className={buttonClass('primary', 'sm')}
              disabled={checkNow.isPending}
              onClick={() => checkNow.mutate()}
            >
              {checkNow.isPending ? 'Checking…' : 'Check now'}
            </button>
          )}
          <EndpointActions endpoint={endpoint} canEdit={canEdit} onDetailPage />
        </div>
      </div>
      {checkNow.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          The check could not run: {checkNow.error.message}
        </p>
      )}
      {endpoint.managed_by && (
        <p className="mt-2 text-sm text-slate-600">
          Managed by the configuration file ({endpoint.managed_by}): change it there; it is read-only here.
        </p>
      )}
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {endpoint.kind === 'http' ? (
          <>
            <Fact term="Checks" value={`${endpoint.method} ${endpoint.url}`} wide />
            <Fact term="Every" value={formatInterval(endpoint.interval)} />
          </>
        ) : (
          <Fact
            term="Heartbeat"
            value={
              endpoint.cron
                ? `${endpoint.cron} (${endpoint.timezone ?? 'UTC'})`
                : `every ${formatInterval(endpoint.period_seconds)}`
            }
          />
        )}
        <Fact term="Last latency" value={formatMs(endpoint.last_latency_ms)} />
        <Fact
          term="Last checked"
          value={endpoint.last_checked_at ? formatAgo(new Date(endpoint.last_checked_at), now) : 'never'}
        />
        {endpoint.kind === 'push' && (
          <Fact
            term="Last ping"
            value={endpoint.last_ping_at ? formatAgo(new Date(endpoint.last_ping_at), now) : 'never'}
          />
        )}
        {(endpoint.tags ?? []).length > 0 && <Fact term="Tags" value={endpoint.tags.join(', ')} />}
      </dl>
      {endpoint.description && <p className="mt-3 text-sm text-slate-700">{endpoint.description}</p>}
      {endpoint.kind === 'push' && (
        <div className="mt-3">
          {/* The token in the URL is all a ping needs: the server gives it to editors and admins only. */}
          {!canEdit ? (
            <p className="text-xs text-slate-600">The ping URL is shown to editors and admins.</p>
          ) : (
            endpoint.ping_url && <PingUrl url={endpoint.ping_url} />
          )}
        </div>
      )}
    </section>
  );
}

function Fact({ term, value, wide = false }: { term: string; value: string; wide?: boolean }) {
  return (
    <div className={wide ? 'min-w-0 sm:col-span-2' : ''}>
      <dt className="text-slate-500">{term}</dt>
      <dd className="break-all font-medium">{value}</dd>
    </div>
  );
}
