import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, setAccessToken } from '@/lib/api-client';
import { authStatusQueryOptions } from './get-auth-status';

/** Ends the session on the server (the refresh cookie names it) and forgets the token here. */
export async function logout(): Promise<void> {
  try {
    await apiFetch<void>('/api/v1/auth/logout', { method: 'POST', auth: false });
  } finally {
    setAccessToken(null);
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      // A user existed to sign out, so no first-run setup: the route guard can send them to the login
      // page at once. (Clearing also dropped a status request in flight, which would never answer.)
      queryClient.setQueryData(authStatusQueryOptions().queryKey, { setup_required: false });
    },
  });
}
