import { useSyncExternalStore } from 'react';
import { getAccessToken, onAccessTokenChange } from '@/lib/api-client';
import { useMe } from './api/get-me';
import { can } from './roles';
import type { Role, User } from './types';

/** Whether this page holds an access token right now (re-renders on sign-in, refresh, sign-out). */
export function useAccessToken(): string | null {
  return useSyncExternalStore(
    (onChange) => onAccessTokenChange(onChange),
    getAccessToken,
    () => null,
  );
}

/** The signed-in user (undefined while loading or signed out). For every screen that adapts to its user. */
export function useCurrentUser(): { user: User | undefined; role: Role | undefined; isLoading: boolean } {
  const token = useAccessToken();
  const me = useMe(token !== null);
  return { user: me.data?.user, role: me.data?.role, isLoading: me.isLoading };
}

/** Whether the signed-in user may act as `role`: `useCan('editor')` hides edit/delete buttons from viewers. */
export function useCan(role: Role): boolean {
  return can(useCurrentUser().role, role);
}
