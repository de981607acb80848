import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useUsageTags } from '../api/list-usage-tags';
import { CreateUsageTagForm } from './create-usage-tag-form';
import { UsageTagPanel } from './usage-tag-panel';
import { UsageTagsTable } from './usage-tags-table';

/** Usage tags: the list, a create form, and the chosen tag (kept in the URL as ?tag=ID). */
export function UsagePage() {
  const tags = useUsageTags();
  const [params, setParams] = useSearchParams();
  const select = (id: number | undefined) => setParams(id ? { tag: String(id) } : {}, { replace: true });
  const selectedId = Number(params.get('tag')) || undefined;
  const selected = tags.data?.find((t) => t.id === selectedId) ?? tags.data?.[0];

  return (
    <div className="space-y-4">
      <CreateUsageTagForm onCreated={(tag) => select(tag.id)} />
      {tags.isPending ? (
        <LoadingState label="Loading usage tags…" />
      ) : tags.isError ? (
        <ErrorState
          title="Usage tags could not be loaded"
          message={tags.error.message}
          onRetry={() => void tags.refetch()}
        />
      ) : tags.data.length === 0 ? (
        <EmptyState title="No usage tags yet">
          <p className="mt-1">Create one above, then count uses with a single HTTP call.</p>
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <UsageTagsTable tags={tags.data} selectedId={selected?.id} onSelect={select} />
          {selected && <UsageTagPanel key={selected.id} tag={selected} onDeleted={() => select(undefined)} />}
        </div>
      )}
    </div>
  );
}
