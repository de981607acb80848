import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { StatusPill } from '@/components/ui/status-pill';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { downloadSlaCsv, useSla } from '../api/get-sla';
import { formatPercent } from '../format-duration';

const currentMonth = () => new Date().toISOString().slice(0, 7);

/** Per endpoint for one month: target, achieved, allowed vs actual downtime, breached; CSV download. */
export function SlaReport() {
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? currentMonth();
  const sla = useSla(month);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  async function download() {
    setDownloadError(null);
    try {
      const blob = await downloadSlaCsv(month);
      const url = URL.createObjectURL(blob);
      const a = Object.assign(document.createElement('a'), { href: url, download: `sla-${month}.csv` });
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setDownloadError((error as Error).message);
    }
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block text-slate-600">Month</span>
          <input
            type="month"
            value={month}
            onChange={(e) => e.target.value && setParams({ month: e.target.value })}
            className="rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <button
          type="button"
          onClick={() => void download()}
          className="rounded bg-slate-800 px-3 py-1.5 text-sm text-white hover:bg-slate-700"
        >
          Download CSV
        </button>
      </div>
      {downloadError && <ErrorState title="The CSV could not be downloaded" message={downloadError} />}
      {sla.isPending && <LoadingState label="Computing the report…" />}
      {sla.isError && (
        <ErrorState
          title="The report could not be loaded"
          message={sla.error.message}
          onRetry={() => void sla.refetch()}
        />
      )}
      {sla.data && !sla.data.endpoints.length && <EmptyState title="No endpoints to report on" />}
      {sla.data && sla.data.endpoints.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">SLA report for {month}</caption>
            <thead className="bg-slate-50 text-left text-xs text-slate-600">
              <tr>
                <th className="px-3 py-2">Endpoint</th>
                <th className="px-3 py-2">Target</th>
                <th className="px-3 py-2">Achieved</th>
                <th className="px-3 py-2">Allowed downtime</th>
                <th className="px-3 py-2">Actual downtime</th>
                <th className="px-3 py-2">Incidents</th>
                <th className="px-3 py-2">SLA</th>
              </tr>
            </thead>
            <tbody>
              {sla.data.endpoints.map((r) => (
                <tr key={r.endpoint_id} className="border-t border-slate-100">
                  <td className="px-3 py-2">{r.endpoint_name}</td>
                  <td className="px-3 py-2 tabular-nums">{formatPercent(r.target_percentage)}</td>
                  <td className="px-3 py-2 tabular-nums">{formatPercent(r.uptime_percentage)}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {r.allowed_downtime_minutes === null ? '—' : `${r.allowed_downtime_minutes} min`}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{r.actual_downtime_minutes} min</td>
                  <td className="px-3 py-2 tabular-nums">{r.incidents}</td>
                  <td className="px-3 py-2">
                    {r.target_percentage === null ? (
                      <StatusPill tone="neutral" label="No target" />
                    ) : (
                      <StatusPill tone={r.breached ? 'bad' : 'good'} label={r.breached ? 'Breached' : 'Met'} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
