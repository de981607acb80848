import { SetMetadata } from '@nestjs/common';

/**
 * Route access, read by the one global auth guard (auth issue). The contract every module uses:
 * - no decorator: any authenticated caller (a session JWT or an API key), whatever its role;
 * - @Roles('editor'): editors and admins (roles are ranked viewer < editor < admin);
 * - @Roles('admin'): admins only;
 * - @Public(): no credentials needed (health, login/setup/refresh, pings that carry their own token);
 * - @PublicStatus(): the unified public-status API (/api/status…): public unless PUBLIC_STATUS_API=false,
 *   then like no decorator.
 */
export type Role = 'viewer' | 'editor' | 'admin';

export const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export const IS_PUBLIC = 'apimon:isPublic';
export const REQUIRED_ROLE = 'apimon:requiredRole';
export const IS_PUBLIC_STATUS = 'apimon:isPublicStatus';

export const Public = () => SetMetadata(IS_PUBLIC, true);
export const Roles = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
export const PublicStatus = () => SetMetadata(IS_PUBLIC_STATUS, true);

/** Whether a caller's role satisfies a route's required role. */
export function hasRole(actual: Role, required: Role | undefined): boolean {
  return required === undefined || ROLE_RANK[actual] >= ROLE_RANK[required];
}
