import { PhaseTimings } from '@/components/ui/phase-timings';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { StatusPill } from '@/components/ui/status-pill';
import { formatAgo, formatMs, formatUtc } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import type { CheckResultWire } from '@/types/api';
import { useChecks } from '../api/list-checks';

const COLUMNS = [
  { name: 'When' },
  { name: 'Result' },
  { name: 'Status code' },
  { name: 'Latency' },
  { name: 'Phases', wideOnly: true },
  { name: 'Error' },
];

function outcome(c: CheckResultWire) {
  if (!c.ok) return { tone: 'bad' as const, word: 'Failed' };
  if (c.degraded) return { tone: 'warn' as const, word: 'Degraded' };
  return { tone: 'good' as const, word: 'OK' };
}

/** The newest checks of one endpoint: when, outcome, status code, latency, phases and error. */
export function CheckTable({ endpointId, limit = 50 }: { endpointId: number; limit?: number }) {
  const checks = useChecks(endpointId, limit);
  const now = useNow(5_000);
  if (checks.isPending) return <LoadingState label="Loading checks…" />;
  if (checks.isError)
    return (
      <ErrorState
        title="The checks could not be loaded"
        message={checks.error.message}
        onRetry={() => void checks.refetch()}
      />
    );
  if (checks.data.checks.length === 0)
    return <EmptyState title="No checks yet">The first result appears here as soon as it is stored.</EmptyState>;

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Last {limit} checks, newest first</caption>
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
          {checks.data.checks.map((c) => {
            const { tone, word } = outcome(c);
            const at = new Date(c.checked_at);
            return (
              <tr key={c.id ?? c.checked_at} className="border-t border-slate-100 align-top">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums" title={formatUtc(at)}>
                  {formatAgo(at, now)}
                </td>
                <td className="px-3 py-2">
                  <StatusPill tone={tone} label={word} />
                </td>
                <td className="px-3 py-2 tabular-nums">{c.status_code ?? '—'}</td>
                <td className="px-3 py-2 tabular-nums">{formatMs(c.latency_ms)}</td>
                <td className="hidden px-3 py-2 sm:table-cell">
                  <PhaseTimings phases={c} />
                </td>
                <td className="px-3 py-2 text-red-800">
                  {c.error_message ? (
                    <>
                      {c.error_kind && <span className="font-medium">{c.error_kind}: </span>}
                      {c.error_message}
                      {c.attempts > 1 && <span className="text-slate-500"> ({c.attempts} attempts)</span>}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
