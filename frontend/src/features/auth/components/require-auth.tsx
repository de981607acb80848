import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { getAccessToken, refreshAccessToken, setSignedOutHandler } from '@/lib/api-client';
import { useAuthStatus } from '../api/get-auth-status';
import { useAccessToken } from '../use-current-user';

// The router below does the redirect (keeping where the user was); no full page load needed.
setSignedOutHandler(() => undefined);

/**
 * Route protection: first-run setup while no user exists; otherwise a session from memory or, after a
 * reload, from the refresh cookie; otherwise the login page, which comes back here afterwards.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const token = useAccessToken();
  // With a session there is a user, so no first-run setup: the status is asked for only without one.
  const status = useAuthStatus(token === null);
  const location = useLocation();
  const [restore, setRestore] = useState<'pending' | 'done'>(token ? 'done' : 'pending');
  const setupRequired = status.data?.setup_required;

  useEffect(() => {
    // Not waiting for the status: restoring the session in parallel saves a round trip on every
    // reload (a new installation has no session to restore, so the attempt just fails).
    if (token || restore === 'done' || setupRequired) return;
    let cancelled = false;
    // The warm start's attempt (main.tsx) may have ended since this render: a second refresh would
    // only rotate the cookie again. One still on its way is shared.
    const restored = getAccessToken() ? Promise.resolve(true) : refreshAccessToken();
    void restored.then(() => !cancelled && setRestore('done'));
    return () => {
      cancelled = true;
    };
  }, [token, restore, setupRequired]);

  if (status.isError) {
    return (
      <div className="p-6">
        <ErrorState
          title="apimon cannot be reached"
          message={status.error.message}
          onRetry={() => void status.refetch()}
        />
      </div>
    );
  }
  if (setupRequired) return <Navigate to="/setup" replace />;
  if (token) return <>{children}</>;
  if (restore === 'done' && setupRequired === false) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <div className="p-6">
      <LoadingState label="Signing in…" />
    </div>
  );
}
