import type { Role } from './types';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** The same ranking as the server's guard: viewer < editor < admin. */
export function can(actual: Role | undefined, required: Role): boolean {
  return actual !== undefined && RANK[actual] >= RANK[required];
}

export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', editor: 'Editor', admin: 'Admin' };
export const ROLES: Role[] = ['viewer', 'editor', 'admin'];

/** Where to go after signing in: only paths of this app, never another site. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/setup')) return '/';
  return next;
}
