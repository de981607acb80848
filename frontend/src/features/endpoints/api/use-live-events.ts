import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, apiStream } from '@/lib/api-client';
import { mergeUpdates, parseLiveMessage, patchEndpointsData, type LiveUpdate } from '../live-updates';

export type LiveMode = 'connecting' | 'live' | 'polling';

/** How often the screens refetch while the stream is down. */
export const POLL_MS = 10_000;
/** Updates are applied to the cache at most this often, however fast they arrive. */
const FLUSH_MS = 250;
const RETRY_MS = [1_000, 3_000, 10_000, 30_000];
const REFETCH_DEBOUNCE_MS = 1_000;
/** State changes refresh the server-counted views at most this often (a burst of outages is one refetch). */
export const STATE_REFRESH_MS = 2_000;
/**
 * What the server counts or orders by status, so patching rows cannot keep it right: the summary's
 * totals (the analytics key) and the dashboard's problems-first page.
 */
const STATUS_DERIVED_KEYS = [
  ['analytics', 'summary'],
  ['endpoints', 'dashboard'],
] as const;

/** Applies a batch of live updates to every cached endpoints query, and marks their checks stale. */
export function applyLiveUpdates(queryClient: QueryClient, updates: LiveUpdate[]): void {
  const byId = mergeUpdates(updates);
  queryClient.setQueriesData({ queryKey: ['endpoints'] }, (data: unknown) => patchEndpointsData(data, byId));
  for (const [id, u] of byId) {
    if (u.isCheck) void queryClient.invalidateQueries({ queryKey: ['checks', id] });
  }
}

/**
 * Keeps the TanStack Query cache current from GET /api/v1/events (fetch streaming, so the api-client's
 * credentials are sent). When the stream fails or ends it polls every POLL_MS and reconnects with
 * backoff; once live again it refetches once to catch up on what it missed.
 */
export function useLiveEvents(): LiveMode {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<LiveMode>('connecting');

  useEffect(() => {
    const abort = new AbortController();
    let pending: LiveUpdate[] = [];
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let refetchTimer: ReturnType<typeof setTimeout> | undefined;
    let stateTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const flush = () => {
      flushTimer = undefined;
      const batch = pending;
      pending = [];
      if (batch.length > 0) applyLiveUpdates(queryClient, batch);
    };
    const refreshStatusDerived = () => {
      for (const queryKey of STATUS_DERIVED_KEYS) void queryClient.invalidateQueries({ queryKey });
    };
    // Throttled, not debounced: under a steady stream of changes the counts still move every few seconds.
    const refreshStatusDerivedSoon = () => {
      stateTimer ??= setTimeout(() => {
        stateTimer = undefined;
        refreshStatusDerived();
      }, STATE_REFRESH_MS);
    };
    const refetchAll = () => {
      void queryClient.invalidateQueries({ queryKey: ['endpoints'] });
      void queryClient.invalidateQueries({ queryKey: ['checks'] });
      refreshStatusDerived();
    };
    const startPolling = () => {
      setMode('polling');
      pollTimer ??= setInterval(refetchAll, POLL_MS);
    };
    const stopPolling = () => {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = undefined;
    };

    const connect = async () => {
      while (!abort.signal.aborted) {
        try {
          await apiStream('/api/v1/events', {
            signal: abort.signal,
            onOpen: () => {
              if (failures > 0) refetchAll();
              failures = 0;
              stopPolling();
              setMode('live');
            },
            onEvent: (event) => {
              // Someone created, edited, paused or deleted an endpoint: lists and counts are refetched
              // (once per burst); check and state messages are patched into the cache instead, and a
              // state change also refreshes what the server counts by status (throttled).
              if (event.event === 'endpoint') {
                refetchTimer ??= setTimeout(() => {
                  refetchTimer = undefined;
                  void queryClient.invalidateQueries({ queryKey: ['endpoints'] });
                  refreshStatusDerived();
                }, REFETCH_DEBOUNCE_MS);
                return;
              }
              if (event.event === 'state') refreshStatusDerivedSoon();
              pending.push(...parseLiveMessage(event.data));
              flushTimer ??= setTimeout(flush, FLUSH_MS);
            },
          });
        } catch (error) {
          if (abort.signal.aborted) return;
          // A missing route (older server) will not appear by retrying quickly.
          if (error instanceof ApiError && error.status === 404) failures = RETRY_MS.length;
        }
        if (abort.signal.aborted) return;
        startPolling();
        const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
        failures += 1;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    };
    void connect();

    return () => {
      abort.abort();
      stopPolling();
      if (flushTimer) clearTimeout(flushTimer);
      if (refetchTimer) clearTimeout(refetchTimer);
      if (stateTimer) clearTimeout(stateTimer);
    };
  }, [queryClient]);

  return mode;
}
