import { buttonClass } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useNow } from '@/lib/use-now';
import { useChecks } from '../api/list-checks';
import { CheckRow } from './check-row';
import { formatCount } from '@/lib/text';

const COLUMNS = [
  { name: 'When' },
  { name: 'Result' },
  { name: 'Status code' },
  { name: 'Latency' },
  { name: 'Phases', wideOnly: true },
  { name: 'Error' },
];

/** One endpoint's checks, newest first: the latest `limit`, then older pages on request. */
export function CheckTable({ endpointId, limit = 50 }: { endpointId: number; limit?: number }) {
  const checks = useChecks(endpointId, limit);
  const now = useNow(5_000);
  if (checks.isPending) return <LoadingState label="Loading checks…" />;
  if (checks.isError && !checks.data)
    return (
      <ErrorState
        title="The checks could not be loaded"
        message={checks.error.message}
        onRetry={() => void checks.refetch()}
      />
    );
  const rows = checks.data.pages.flatMap((p) => p.checks);
  if (rows.length === 0)
    return <EmptyState title="No checks yet">The first result appears here as soon as it is stored.</EmptyState>;

  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{rows.length} checks, newest first</caption>
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.name}
                  scope="col"
                  className={`px-3 py-2 font-medium ${c.wideOnly ? 'hidden sm:table-cell' : ''}`}
                >
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <CheckRow key={c.id ?? c.checked_at} check={c} now={now} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        {checks.hasNextPage ? (
          <button
            type="button"
            className={buttonClass('secondary')}
            disabled={checks.isFetchingNextPage}
            onClick={() => void checks.fetchNextPage()}
          >
            {checks.isFetchingNextPage ? 'Loading older checks…' : 'Load older checks'}
          </button>
        ) : (
          <p className="text-slate-600">No older checks.</p>
        )}
        <p className="text-slate-600" aria-live="polite">
          {formatCount(rows.length)} check{rows.length === 1 ? '' : 's'} shown
        </p>
        {checks.isFetchNextPageError && (
          <p role="alert" className="text-red-700">
            Older checks could not be loaded: {checks.error?.message}
          </p>
        )}
      </div>
    </>
  );
}
