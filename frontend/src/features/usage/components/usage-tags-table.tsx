import { StatusPill } from '@/components/ui/status-pill';
import { formatUtc } from '@/lib/format';
import type { UsageTag } from '../api/types';
import { formatCount } from '@/lib/text';

/** The tags with their counts and last use; choosing one opens its chart. */
export function UsageTagsTable({
  tags,
  selectedId,
  onSelect,
}: {
  tags: UsageTag[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Usage tags</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              Tag
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Uses
            </th>
            <th scope="col" className="px-3 py-2">
              Last use
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr
              key={tag.id}
              aria-selected={tag.id === selectedId}
              className="border-b border-slate-100 last:border-0 aria-selected:bg-emerald-50"
            >
              <th scope="row" className="px-3 py-2 font-medium">
                <button
                  type="button"
                  onClick={() => onSelect(tag.id)}
                  className="text-left text-emerald-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-600"
                >
                  {tag.name}
                </button>
              </th>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="use-count">
                {formatCount(tag.use_count)}
              </td>
              <td className="px-3 py-2 text-slate-600">
                {tag.last_used_at ? formatUtc(new Date(tag.last_used_at)) : 'Never'}
              </td>
              <td className="px-3 py-2">
                <StatusPill tone={tag.is_active ? 'good' : 'neutral'} label={tag.is_active ? 'Active' : 'Inactive'} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
