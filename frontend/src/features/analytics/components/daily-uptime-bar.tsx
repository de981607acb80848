import { useState } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useDaily } from '../api/get-daily';
import { averageUptime, toDailyBarSeries, type DayTone } from '../to-daily-bar-series';
import { formatPercent } from '../format-duration';

const TONE: Record<DayTone, string> = {
  good: 'bg-emerald-500',
  warn: 'bg-amber-400',
  bad: 'bg-red-500',
  none: 'bg-slate-200',
};

/** The 90-day bar of public status pages: one bar per UTC day, its figures as tooltip and label. */
export function DailyUptimeBar({ endpointId, days = 90 }: { endpointId: number; days?: number }) {
  const daily = useDaily(endpointId, days);
  const [hovered, setHovered] = useState<string | null>(null);
  if (daily.isPending) return <LoadingState label="Loading daily uptime…" />;
  if (daily.isError) return <ErrorState title="Daily uptime could not be loaded" message={daily.error.message} />;
  const bars = toDailyBarSeries(daily.data.days);
  const shown = bars.find((b) => b.date === hovered);
  return (
    <section aria-labelledby="daily-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-baseline justify-between">
        <h2 id="daily-heading" className="font-medium">
          Last {days} days
        </h2>
        <span className="text-sm text-slate-600">{formatPercent(averageUptime(daily.data.days))} average</span>
      </div>
      <ol className="mt-3 flex h-8 gap-px" aria-label={`Daily uptime, last ${days} days`}>
        {bars.map((b) => (
          <li key={b.date} className="flex-1">
            <button
              type="button"
              title={b.label}
              aria-label={b.label}
              onMouseEnter={() => setHovered(b.date)}
              onFocus={() => setHovered(b.date)}
              onMouseLeave={() => setHovered(null)}
              className={`block h-full w-full rounded-sm ${TONE[b.tone]} focus:outline-2 focus:outline-slate-800`}
            />
          </li>
        ))}
      </ol>
      <p className="mt-2 min-h-5 text-xs text-slate-700" aria-live="polite">
        {shown?.label ?? 'Hover or focus a day for its figures.'}
      </p>
    </section>
  );
}
