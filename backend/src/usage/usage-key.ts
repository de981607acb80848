import type { Role } from '../auth/auth.decorators.js';

/** Who an API key belongs to, as the auth module's key verifier reports it. */
export interface ApiKeyIdentity {
  apiKeyId: number;
  userId: number;
  role: Role;
  scopes: string[];
}

/** Keys scoped `usage` may report usage; so may general `api` keys of editors and admins. */
export function mayReportUsage(key: ApiKeyIdentity): boolean {
  return (
    key.scopes.includes('usage') || (key.scopes.includes('api') && (key.role === 'editor' || key.role === 'admin'))
  );
}
