import { StatusPill } from '@/components/ui/status-pill';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { formatUtc } from '@/lib/format';
import { useHealth } from '../api/get-health';
import { useSystem } from '../api/get-system';

/** The first page fed from the database: is apimon itself healthy, and what is it running on. `load` false waits. */
export function SystemStatusCard({ load = true }: { load?: boolean }) {
  const health = useHealth(load);
  const system = useSystem(load);

  if (health.isPending || system.isPending) return <LoadingState label="Checking apimon's own health…" />;
  if (health.isError || system.isError) {
    const error = health.error ?? system.error;
    return (
      <ErrorState
        title="apimon's server could not be reached"
        message={error?.message ?? 'Unknown error'}
        onRetry={() => {
          void health.refetch();
          void system.refetch();
        }}
      />
    );
  }
  const up = health.data.db === 'up';
  return (
    <section aria-labelledby="system-status" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="system-status" className="font-medium">
          apimon server
        </h2>
        <StatusPill tone={up ? 'good' : 'bad'} label={up ? 'Database up' : 'Database down'} />
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <Fact
          term="Database"
          value={system.data.database === 'embedded' ? 'Embedded PostgreSQL (PGlite)' : 'PostgreSQL server'}
        />
        <Fact term="Version" value={system.data.version} />
        <Fact term="Installed" value={formatUtc(new Date(system.data.installed_at))} />
        <Fact term="Running since" value={formatUtc(new Date(system.data.started_at))} />
      </dl>
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-500">{term}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
