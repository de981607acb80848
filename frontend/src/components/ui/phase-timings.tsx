import { formatMs } from '@/lib/format';

export interface Phases {
  dns_ms: number | null;
  connect_ms: number | null;
  tls_ms: number | null;
  ttfb_ms: number | null;
}

const PHASES: { key: keyof Phases; label: string }[] = [
  { key: 'dns_ms', label: 'DNS' },
  { key: 'connect_ms', label: 'Connect' },
  { key: 'tls_ms', label: 'TLS' },
  { key: 'ttfb_ms', label: 'First byte' },
];

/** The phases of one check as a compact list ("DNS 2 ms · Connect 1 ms · …"); absent phases are left out. */
export function PhaseTimings({ phases }: { phases: Phases }) {
  const shown = PHASES.filter((p) => phases[p.key] !== null && phases[p.key] !== undefined);
  if (shown.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
      {shown.map((p) => (
        <div key={p.key} className="flex gap-1">
          <dt>{p.label}</dt>
          <dd className="tabular-nums font-medium text-slate-800">{formatMs(phases[p.key])}</dd>
        </div>
      ))}
    </dl>
  );
}
