export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

const TONES: Record<Tone, string> = {
  good: 'bg-emerald-100 text-emerald-800 ring-emerald-600/20',
  bad: 'bg-red-100 text-red-800 ring-red-600/20',
  warn: 'bg-amber-100 text-amber-900 ring-amber-600/20',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
};

const DOTS: Record<Tone, string> = {
  good: 'bg-emerald-600',
  bad: 'bg-red-600',
  warn: 'bg-amber-500',
  neutral: 'bg-slate-400',
};

/** Status is never colour alone: a coloured dot plus the word. */
export function StatusPill({ tone, label }: { tone: Tone; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      <span aria-hidden="true" className={`h-1.5 w-1.5 rounded-full ${DOTS[tone]}`} />
      {label}
    </span>
  );
}
