import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { EndpointWire } from '@/types/api';
import { useDeleteEndpoint, usePauseResume } from '../api/endpoint-actions';

type Props = {
  endpoint: Pick<EndpointWire, 'id' | 'name' | 'status' | 'managed_by' | 'is_active'>;
  canEdit: boolean;
  /** The detail page has no "View" and goes back to the list after a delete. */
  onDetailPage?: boolean;
  size?: 'sm' | 'md';
};

/** View, edit, pause/resume and delete (with confirmation) for one endpoint, as far as the user may. */
export function EndpointActions({ endpoint, canEdit, onDetailPage = false, size = 'sm' }: Props) {
  const navigate = useNavigate();
  const pauseResume = usePauseResume();
  const remove = useDeleteEndpoint();
  const [confirming, setConfirming] = useState(false);
  // is_active is the switch; PAUSED is the status the engine gives it (an instant later).
  const paused = endpoint.is_active === false || endpoint.status === 'PAUSED';
  const writable = canEdit && !endpoint.managed_by;

  return (
    <div className="flex flex-wrap items-center gap-1">
      {!onDetailPage && (
        <Link
          to={`/endpoints/${endpoint.id}`}
          className={buttonClass('ghost', size)}
          aria-label={`View ${endpoint.name}`}
        >
          View
        </Link>
      )}
      {writable && (
        <Link
          to={`/endpoints/${endpoint.id}/edit`}
          className={buttonClass('ghost', size)}
          aria-label={`Edit ${endpoint.name}`}
        >
          Edit
        </Link>
      )}
      {canEdit && (
        <button
          type="button"
          className={buttonClass('ghost', size)}
          disabled={pauseResume.isPending}
          aria-label={`${paused ? 'Resume' : 'Pause'} ${endpoint.name}`}
          onClick={() => pauseResume.mutate({ id: endpoint.id, pause: !paused })}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
      )}
      {writable && (
        <button
          type="button"
          className={`${buttonClass('ghost', size)} text-red-700`}
          aria-label={`Delete ${endpoint.name}`}
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
      )}
      {pauseResume.isError && (
        <span role="alert" className="text-xs text-red-700">
          {pauseResume.error.message}
        </span>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Delete ${endpoint.name}?`}
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error?.message}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(endpoint.id, {
              onSuccess: () => {
                setConfirming(false);
                if (onDetailPage) void navigate('/endpoints');
              },
            })
          }
        >
          Its check history goes with it. This cannot be undone.
        </ConfirmDialog>
      )}
    </div>
  );
}
