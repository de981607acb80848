import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useUsageSeries } from '../api/get-usage-series';
import type { UsageBucket } from '../api/types';
import { seriesTotal, toUsageSeries } from '../to-usage-series';
import { formatCount } from '@/lib/text';

/** Uses per UTC hour (last 48 h) or day (last 30 days) of one tag. */
export function UsageChart({ tagId, bucket }: { tagId: number; bucket: UsageBucket }) {
  const series = useUsageSeries(tagId, bucket);
  if (series.isPending) return <LoadingState label="Loading uses…" />;
  if (series.isError) return <ErrorState title="The uses could not be loaded" message={series.error.message} />;
  const points = toUsageSeries(series.data);
  const total = seriesTotal(points);
  const span = bucket === 'hour' ? 'the last 48 hours' : 'the last 30 days';
  return (
    <figure>
      <figcaption className="text-sm text-slate-600" data-testid="series-total">
        {formatCount(total)} {total === 1 ? 'use' : 'uses'} in {span} (UTC)
      </figcaption>
      <div className="mt-2 h-56" role="img" aria-label={`Uses per ${bucket}: ${total} in ${span}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(value) => [value, 'uses']} />
            <Bar dataKey="count" fill="#047857" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
