import { useState } from 'react';
import { StatusPill } from '@/components/ui/status-pill';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatUtc } from '@/lib/format';
import { useDeleteMaintenance, useMaintenance } from '../api/maintenance';
import type { MaintenanceWindow } from '../api/types';
import { MaintenanceForm } from './maintenance-form';

const REPEATS = { none: 'Once', daily: 'Daily', weekly: 'Weekly' } as const;

function target(w: MaintenanceWindow): string {
  if (w.all) return 'All endpoints';
  if (w.endpoint_ids.length) return `Endpoints ${w.endpoint_ids.join(', ')}`;
  return `Tags: ${w.tags.join(', ')}`;
}

/** List, create, edit and delete maintenance windows. */
export function MaintenanceManager() {
  const windows = useMaintenance();
  const remove = useDeleteMaintenance();
  const [editing, setEditing] = useState<MaintenanceWindow | 'new' | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  return (
    <div className="space-y-4">
      {editing === null ? (
        <button
          type="button"
          onClick={() => setEditing('new')}
          className="rounded bg-slate-800 px-3 py-1.5 text-sm text-white hover:bg-slate-700"
        >
          New maintenance window
        </button>
      ) : (
        <MaintenanceForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {windows.isPending && <LoadingState label="Loading maintenance windows…" />}
      {windows.isError && (
        <ErrorState
          title="Maintenance windows could not be loaded"
          message={windows.error.message}
          onRetry={() => void windows.refetch()}
        />
      )}
      {remove.isError && <ErrorState title="The window could not be deleted" message={remove.error.message} />}
      {windows.data && !windows.data.maintenance.length && (
        <EmptyState title="No maintenance windows">
          Planned work inside a window does not count as downtime and raises no alerts.
        </EmptyState>
      )}
      {windows.data && windows.data.maintenance.length > 0 && (
        <ul className="space-y-2" aria-label="Maintenance windows">
          {windows.data.maintenance.map((w) => (
            <li
              key={w.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
            >
              <div>
                <p className="flex items-center gap-2 font-medium">
                  {w.title} {w.active_now && <StatusPill tone="warn" label="In progress" />}
                </p>
                <p className="text-slate-600">
                  {formatUtc(new Date(w.starts_at))} → {formatUtc(new Date(w.ends_at))} · {REPEATS[w.recurrence]}
                  {w.recurrence !== 'none' && ` (${w.timezone})`} · {target(w)}
                </p>
              </div>
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={() => setEditing(w)}
                  className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100"
                  aria-label={`Edit ${w.title}`}
                >
                  Edit
                </button>
                {confirming === w.id ? (
                  <>
                    <button
                      type="button"
                      onClick={() => remove.mutate(w.id, { onSettled: () => setConfirming(null) })}
                      className="rounded bg-red-700 px-2 py-1 text-white hover:bg-red-600"
                    >
                      Confirm delete
                    </button>
                    <button
                      type="button"
                      onClick={() => setConfirming(null)}
                      className="rounded px-2 py-1 ring-1 ring-slate-300"
                    >
                      Keep
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(w.id)}
                    className="rounded px-2 py-1 text-red-700 ring-1 ring-red-300 hover:bg-red-50"
                    aria-label={`Delete ${w.title}`}
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
