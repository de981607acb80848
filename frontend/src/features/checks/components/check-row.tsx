import { PhaseTimings } from '@/components/ui/phase-timings';
import { StatusPill } from '@/components/ui/status-pill';
import { formatAgo, formatMs, formatUtc } from '@/lib/format';
import type { CheckResultWire } from '@/types/api';
import { failedAssertions } from '../failed-assertions';

function outcome(c: CheckResultWire) {
  if (!c.ok) return { tone: 'bad' as const, word: 'Failed' };
  if (c.degraded) return { tone: 'warn' as const, word: 'Degraded' };
  return { tone: 'good' as const, word: 'OK' };
}

/** One check: when, outcome, status code, latency, phases, and what went wrong. */
export function CheckRow({ check: c, now }: { check: CheckResultWire; now: Date }) {
  const { tone, word } = outcome(c);
  const at = new Date(c.checked_at);
  return (
    <tr className="border-t border-slate-100 align-top">
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
      <td className={`px-3 py-2 ${c.ok ? 'text-amber-800' : 'text-red-800'}`}>
        <CheckProblem check={c} />
      </td>
    </tr>
  );
}

/**
 * The error, and which assertions failed: one line each, so a check with three failing assertions
 * says which three instead of one long joined message.
 */
function CheckProblem({ check: c }: { check: CheckResultWire }) {
  const failed = failedAssertions(c);
  if (!c.error_message && failed.length === 0) return <span className="text-slate-400">—</span>;
  const attempts = c.attempts > 1 && <span className="text-slate-500"> ({c.attempts} attempts)</span>;
  if (failed.length === 0)
    return (
      <>
        {c.error_kind && <span className="font-medium">{c.error_kind}: </span>}
        {c.error_message}
        {attempts}
      </>
    );
  return (
    <>
      <span className="font-medium">
        {c.ok ? 'Degraded by' : 'Failed'} {failed.length === 1 ? 'assertion' : `${failed.length} assertions`}
      </span>
      {attempts}
      <ul aria-label="Failed assertions" className="mt-1 space-y-0.5">
        {failed.map((f) => (
          <li key={`${f.index}:${f.message}`}>
            <span className="font-medium">{f.label}:</span> {f.message}
          </li>
        ))}
      </ul>
    </>
  );
}
