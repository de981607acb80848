import { useState } from 'react';
import { Button, TextField } from '@/components/ui/form-controls';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { TableCard } from '@/components/ui/table-card';
import { formatUtc } from '@/lib/format';
import { useAudit, type AuditQuery } from '../api/get-audit';

/** Settings → Audit log (admins): sign-ins and every change made through the API, newest first. */
export function AuditLog() {
  const [filter, setFilter] = useState<AuditQuery>({});
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);
  const before = pages[pages.length - 1];
  const audit = useAudit({ ...filter, before });
  const set = (field: keyof AuditQuery) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setPages([undefined]);
    setFilter((f) => ({
      ...f,
      [field]: field === 'from' && e.target.value ? new Date(e.target.value).toISOString() : e.target.value,
    }));
  };

  return (
    <div className="flex flex-col gap-4">
      <div role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <TextField label="Actor (user id)" inputMode="numeric" value={filter.actor ?? ''} onChange={set('actor')} />
        <TextField
          label="Entity"
          placeholder="endpoints, users, auth…"
          value={filter.entity ?? ''}
          onChange={set('entity')}
        />
        <TextField label="From" type="datetime-local" onChange={set('from')} />
      </div>
      {audit.isLoading ? (
        <LoadingState label="Loading the audit log…" />
      ) : audit.isError ? (
        <ErrorState
          title="The audit log could not be loaded"
          message={audit.error.message}
          onRetry={() => void audit.refetch()}
        />
      ) : !audit.data?.items.length ? (
        <EmptyState title="Nothing recorded for this filter" />
      ) : (
        <TableCard
          caption="Audit log"
          columns={['When', 'Who', 'What', 'Entity', 'Result', 'IP']}
          footer={
            <div className="flex gap-2 p-3">
              <Button variant="secondary" disabled={pages.length === 1} onClick={() => setPages((p) => p.slice(0, -1))}>
                Newer
              </Button>
              <Button
                variant="secondary"
                disabled={!audit.data.next_before}
                onClick={() => setPages((p) => [...p, audit.data.next_before ?? undefined])}
              >
                Older
              </Button>
            </div>
          }
        >
          {audit.data.items.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 last:border-0">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatUtc(new Date(e.at))}</td>
              <td className="px-3 py-2">
                {e.actor.email ?? (typeof e.details?.email === 'string' ? e.details.email : '—')}
                {e.actor.api_key_id !== null && <span className="text-slate-500"> (API key {e.actor.api_key_id})</span>}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-3 py-2">
                {e.entity ?? '—'}
                {e.entity_id && <span className="text-slate-500"> #{e.entity_id}</span>}
              </td>
              <td className="px-3 py-2">{e.outcome === 'success' ? 'Success' : 'Failed'}</td>
              <td className="px-3 py-2 text-slate-600">{e.ip ?? '—'}</td>
            </tr>
          ))}
        </TableCard>
      )}
    </div>
  );
}
