import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useChannels } from '../api/channels';
import { useHistory } from '../api/history';
import { ALERT_STATUSES, type AlertStatus } from '../api/types';
import { AlertTable } from './alert-table';
import { Field, inputClass } from '@/components/ui/form-fields';
import { buttonClass } from '@/components/ui/button';

const PAGE = 50;

/** The alert history, filtered by the URL (?status=&channel_id=&endpoint_id=), newest first. */
export function AlertHistory() {
  const [params, setParams] = useSearchParams();
  const [pages, setPages] = useState<number[]>([]);
  const status = (ALERT_STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as AlertStatus)
    : undefined;
  const channelId = Number(params.get('channel_id')) || undefined;
  const endpointId = Number(params.get('endpoint_id')) || undefined;
  const history = useHistory({ status, channelId, endpointId, beforeId: pages.at(-1), limit: PAGE });
  const channels = useChannels();

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setPages([]);
    setParams(next, { replace: true });
  };

  return (
    <section aria-label="Alert history" className="flex flex-col gap-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field label="Status">
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={status ?? ''}
              onChange={(e) => setFilter('status', e.target.value)}
            >
              <option value="">Any</option>
              {ALERT_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Channel">
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={channelId ?? ''}
              onChange={(e) => setFilter('channel_id', e.target.value)}
            >
              <option value="">Any</option>
              {channels.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {endpointId && (
          <div className="flex items-end">
            <button type="button" className={buttonClass()} onClick={() => setFilter('endpoint_id', '')}>
              Endpoint #{endpointId} ✕
            </button>
          </div>
        )}
      </div>
      {history.isPending ? (
        <LoadingState label="Loading alerts…" />
      ) : history.isError ? (
        <ErrorState
          title="The alert history could not be loaded"
          message={history.error.message}
          onRetry={() => void history.refetch()}
        />
      ) : !history.data.items.length ? (
        <EmptyState title={status || channelId || endpointId ? 'No alerts match these filters' : 'No alerts yet'} />
      ) : (
        <>
          <AlertTable items={history.data.items} />
          <div className="flex gap-2">
            {pages.length > 0 && (
              <button type="button" className={buttonClass()} onClick={() => setPages(pages.slice(0, -1))}>
                Newer
              </button>
            )}
            {history.data.next_before_id !== null && (
              <button
                type="button"
                className={buttonClass()}
                onClick={() => setPages([...pages, history.data.next_before_id!])}
              >
                Older
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
