import type { ReactNode } from 'react';
import { EmptyState, LoadingState } from '@/components/ui/states';
import { ROLE_LABELS } from '../roles';
import type { Role } from '../types';
import { useCan, useCurrentUser } from '../use-current-user';

/** Shows its content only to users with at least this role (the server enforces it anyway). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { isLoading } = useCurrentUser();
  const allowed = useCan(role);
  if (isLoading) return <LoadingState />;
  if (!allowed) return <EmptyState title={`This page needs the ${ROLE_LABELS[role]} role.`} />;
  return <>{children}</>;
}
