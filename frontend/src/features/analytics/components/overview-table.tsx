import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import type { OverviewRow } from '../api/types';
import { formatMs, formatPercent } from '../format-duration';
import { worstUptimeFirst } from '../worst-uptime-first';
import { Sparkline } from './sparkline';
import { formatCount } from '@/lib/text';

/** Rows shown before "Show all": at thousands of endpoints the whole table is long and slow to draw. */
export const OVERVIEW_FIRST_ROWS = 20;

/**
 * Per endpoint over the period: uptime, p95 and a latency sparkline, lowest uptime first. `rows` are
 * the first OVERVIEW_FIRST_ROWS of `total` (the server picks them) until "Show all" is chosen.
 */
export function OverviewTable({
  rows,
  total,
  showingAll,
  onShowAll,
  loading = false,
}: {
  rows: OverviewRow[];
  total: number;
  showingAll: boolean;
  onShowAll: (all: boolean) => void;
  loading?: boolean;
}) {
  const sorted = worstUptimeFirst(rows);
  const shown = showingAll ? sorted : sorted.slice(0, OVERVIEW_FIRST_ROWS);
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Endpoints, lowest uptime first</caption>
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th className="px-3 py-2">Endpoint</th>
              <th className="px-3 py-2">Uptime</th>
              <th className="px-3 py-2">p95</th>
              <th className="px-3 py-2">Latency, 24 h</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.endpoint_id} className="border-t border-slate-100">
                <td className="px-3 py-2">
                  <Link to={`/endpoints/${r.endpoint_id}`} className="hover:underline">
                    {r.endpoint_name}
                  </Link>
                </td>
                <td className="px-3 py-2 tabular-nums">{formatPercent(r.uptime_percentage)}</td>
                <td className="px-3 py-2 tabular-nums">{formatMs(r.p95_ms)}</td>
                <td className="px-3 py-2">
                  <Sparkline points={r.sparkline} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > OVERVIEW_FIRST_ROWS && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
          {showingAll
            ? `All ${formatCount(total)} endpoints.`
            : `The ${OVERVIEW_FIRST_ROWS} with the lowest uptime of ${formatCount(total)}.`}
          <button
            type="button"
            className={buttonClass('ghost', 'sm')}
            onClick={() => onShowAll(!showingAll)}
            disabled={loading}
          >
            {loading ? 'Loading…' : showingAll ? `Show the first ${OVERVIEW_FIRST_ROWS}` : 'Show all'}
          </button>
        </p>
      )}
    </>
  );
}
