import type { OverviewRow } from '../api/types';
import { toSparklineSeries } from '../to-sparkline-series';

/** A 24-hour latency sparkline (SVG, cheap enough for long lists); failed hours are red ticks. */
export function Sparkline({
  points,
  width = 96,
  height = 22,
}: {
  points: OverviewRow['sparkline'];
  width?: number;
  height?: number;
}) {
  const { segments, failureXs } = toSparklineSeries(points, width, height);
  const failures = points.failures.reduce((s, n) => s + n, 0);
  return (
    <svg width={width} height={height} role="img" aria-label={`Latency over the period, ${failures} failed checks`}>
      {segments.map((s) => (
        <polyline key={s} points={s} fill="none" stroke="#0f766e" strokeWidth={1.5} />
      ))}
      {failureXs.map((x) => (
        <line key={x} x1={x} x2={x} y1={0} y2={height} stroke="#dc2626" strokeWidth={1} />
      ))}
    </svg>
  );
}
