import type { QueryClient } from '@tanstack/react-query';
import { setAccessToken } from '@/lib/api-client';
import type { TokenResponse } from '../types';

/** After login, setup, invitation or password change: keep the token in memory, refetch who we are. */
export async function startSession(queryClient: QueryClient, response: TokenResponse): Promise<void> {
  setAccessToken(response.access_token, response.expires_in);
  queryClient.setQueryData(['auth', 'status'], { setup_required: false });
  await queryClient.invalidateQueries({ queryKey: ['auth', 'me'] });
}
