import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

export const collectTarget = (target: string) =>
  apiFetch<{ outcome: string }>(`/api/v1/targets/${encodeURIComponent(target)}/collect`, { method: 'POST' });

/** "Refresh now": collects one target at once, then reloads everything about targets. */
export function useCollectTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: collectTarget,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['targets'] }),
  });
}
