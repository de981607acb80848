import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { PAGE_SIZE, useEndpointPages } from '../api/list-endpoints';
import { useTags } from '../api/list-tags';
import { filtersFromSearch, filtersToSearch, type EndpointFilters } from '../list-filters';
import { EndpointFiltersBar } from './endpoint-filters';
import { EndpointTable } from './endpoint-table';
import { formatCount } from '@/lib/text';

/** The endpoints list: filters in the URL, server-side pages loaded for the rows on screen only. */
export function EndpointList({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const [range, setRange] = useState<[number, number]>([0, PAGE_SIZE - 1]);
  const pages = useEndpointPages(filters, range[0], range[1]);
  const tags = useTags();

  const onFilters = useCallback(
    (next: EndpointFilters) => {
      setRange([0, PAGE_SIZE - 1]);
      setSearch(filtersToSearch(next), { replace: true });
    },
    [setSearch],
  );
  // Kept to whole pages: only a new page to load changes it. The table's first measure (rows 0–23 of
  // page 0, say) then re-renders nothing; it used to re-render the whole list once more at load.
  const onRangeChange = useCallback((first: number, last: number) => {
    const start = Math.floor(first / PAGE_SIZE) * PAGE_SIZE;
    const end = (Math.floor(last / PAGE_SIZE) + 1) * PAGE_SIZE - 1;
    setRange((r) => (r[0] === start && r[1] === end ? r : [start, end]));
  }, []);
  const rowAt = (index: number) => pages.pages.get(Math.floor(index / PAGE_SIZE))?.endpoints[index % PAGE_SIZE];
  const filtered = filters.q !== '' || filters.status !== null || filters.tag !== null;
  // While the pages of new filters load, the table keeps its last size (rows show placeholders)
  // instead of collapsing into a loading message and back.
  const [total, setTotal] = useState(pages.total);
  if (pages.total !== undefined && pages.total !== total) setTotal(pages.total);

  return (
    <>
      <EndpointFiltersBar filters={filters} tags={tags.data?.tags ?? []} onChange={onFilters} />
      {total === undefined && pages.error ? (
        <ErrorState title="The endpoints could not be loaded" message={pages.error.message} onRetry={pages.refetch} />
      ) : total === undefined ? (
        <LoadingState label="Loading endpoints…" />
      ) : total === 0 ? (
        filtered ? (
          <EmptyState title="No endpoint matches these filters">
            <button type="button" className={`${buttonClass('secondary')} mt-3`} onClick={() => setSearch({})}>
              Clear the filters
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="No endpoints yet">
            <p className="mt-1">Add the first API you want apimon to watch.</p>
            {canEdit && (
              <Link to="/endpoints/new" className={`${buttonClass('primary')} mt-3`}>
                Add an endpoint
              </Link>
            )}
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600" aria-live="polite">
            {formatCount(total)} endpoint{total === 1 ? '' : 's'}
          </p>
          {pages.error && (
            <p role="alert" className="mb-2 text-sm text-red-700">
              Some rows could not be loaded: {pages.error.message}
            </p>
          )}
          <EndpointTable count={total} rowAt={rowAt} canEdit={canEdit} onRangeChange={onRangeChange} />
        </>
      )}
    </>
  );
}
