import { PhaseTimings } from '@/components/ui/phase-timings';
import { StatusPill } from '@/components/ui/status-pill';
import { formatMs } from '@/lib/format';
import type { CheckResultWire } from '@/types/api';

/** What the "Test" button found: outcome, status code, latency, phases and the error if any. */
export function DryRunResult({ result }: { result: CheckResultWire }) {
  const tone = !result.ok ? 'bad' : result.degraded ? 'warn' : 'good';
  const word = !result.ok ? 'Failed' : result.degraded ? 'Degraded' : 'Passed';
  return (
    <section aria-label="Test result" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <StatusPill tone={tone} label={word} />
        <span>
          Status <strong className="tabular-nums">{result.status_code ?? '—'}</strong>
        </span>
        <span>
          Latency <strong className="tabular-nums">{formatMs(result.latency_ms)}</strong>
        </span>
        {result.attempts > 1 && <span>{result.attempts} attempts</span>}
      </div>
      <div className="mt-2">
        <PhaseTimings phases={result} />
      </div>
      {result.error_message && (
        <p className="mt-2 text-red-800">
          {result.error_kind && <span className="font-medium">{result.error_kind}: </span>}
          {result.error_message}
        </p>
      )}
    </section>
  );
}
