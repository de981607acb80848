import { useState } from 'react';
import { ErrorState } from '@/components/ui/states';
import type { UsageBucket, UsageTag } from '../api/types';
import { useDeleteUsageTag, useUpdateUsageTag } from '../api/usage-tag-mutations';
import { CurlExampleList } from './curl-example-list';
import { UsageChart } from './usage-chart';

const button =
  'rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:opacity-50';

/** One tag: its chart, activate/deactivate, delete (confirmed), and how to ping it. */
export function UsageTagPanel({ tag, onDeleted }: { tag: UsageTag; onDeleted: () => void }) {
  const [bucket, setBucket] = useState<UsageBucket>('hour');
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateUsageTag();
  const remove = useDeleteUsageTag();
  const failure = update.error ?? remove.error;

  return (
    <section aria-labelledby="usage-tag-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="usage-tag-title" className="font-medium">
          {tag.name}
        </h2>
        <div role="group" aria-label="Bucket size" className="flex gap-1">
          {(['hour', 'day'] as const).map((b) => (
            <button
              key={b}
              type="button"
              aria-pressed={bucket === b}
              onClick={() => setBucket(b)}
              className={`${button} ${bucket === b ? 'bg-emerald-700 text-white ring-emerald-700' : 'ring-slate-300'}`}
            >
              Per {b}
            </button>
          ))}
        </div>
      </div>
      <div className="mt-3">
        <UsageChart tagId={tag.id} bucket={bucket} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={update.isPending}
          onClick={() => update.mutate({ id: tag.id, input: { is_active: !tag.is_active } })}
          className={`${button} ring-slate-300 hover:bg-slate-50`}
        >
          {tag.is_active ? 'Deactivate' : 'Activate'}
        </button>
        {confirming ? (
          <div role="alertdialog" aria-label="Confirm deletion" className="flex flex-wrap items-center gap-2 text-sm">
            <span>Delete “{tag.name}” and its whole history?</span>
            <button
              type="button"
              disabled={remove.isPending}
              onClick={() => remove.mutate(tag.id, { onSuccess: onDeleted })}
              className={`${button} bg-red-700 text-white ring-red-700 hover:bg-red-800`}
            >
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={`${button} ring-slate-300`}>
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className={`${button} text-red-800 ring-red-300 hover:bg-red-50`}
          >
            Delete
          </button>
        )}
      </div>
      {failure && <ErrorState title="That did not work" message={failure.message} />}
      <CurlExampleList tag={tag.name} anonymous={tag.anonymous_updates} />
    </section>
  );
}
