import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePublicStatus } from '../api/get-public-status';
import { onlyNotOk } from '../status-display';
import { TargetCard } from './target-card';

/** Every public target with its services; the non-OK filter lives in the URL (?not_ok=1). */
export function PublicServicesList({ now = new Date() }: { now?: Date }) {
  const status = usePublicStatus();
  const [params, setParams] = useSearchParams();
  const notOkOnly = params.get('not_ok') === '1';

  if (status.isPending) return <LoadingState label="Loading public services…" />;
  if (status.isError) {
    return (
      <ErrorState
        title="Public services could not be loaded"
        message={status.error.message}
        onRetry={() => void status.refetch()}
      />
    );
  }
  const targets = notOkOnly ? onlyNotOk(status.data) : status.data;
  return (
    <div className="space-y-4">
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={notOkOnly}
          onChange={(e) => setParams(e.target.checked ? { not_ok: '1' } : {}, { replace: true })}
        />
        Only services that are not OK
      </label>
      {status.data.length === 0 ? (
        <EmptyState title="No public services are monitored">
          <p className="mt-1">Add a target in the config file or through /api/v1/targets.</p>
        </EmptyState>
      ) : targets.length === 0 ? (
        <EmptyState title="Every public service is OK" />
      ) : (
        targets.map((t) => <TargetCard key={t.name} target={t} now={now} />)
      )}
    </div>
  );
}
