import type { LiveMode } from '../api/use-live-events';

const TEXT: Record<LiveMode, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  polling: 'Refreshing every 10 s',
};

/** Tells whether the numbers on screen move by themselves (stream) or by polling. */
export function LiveIndicator({ mode }: { mode: LiveMode }) {
  return (
    <span role="status" className="inline-flex items-center gap-1.5 text-xs text-slate-600">
      <span
        aria-hidden="true"
        className={`h-2 w-2 rounded-full ${mode === 'live' ? 'bg-emerald-500' : mode === 'polling' ? 'bg-amber-500' : 'bg-slate-300'}`}
      />
      {TEXT[mode]}
    </span>
  );
}
