import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from './auth.decorators.js';

/** Who is calling, as the global guard established it. */
export interface Principal {
  kind: 'session' | 'api_key';
  userId: number;
  /** The effective role: a key's role, capped by its owner's current role. */
  role: Role;
  sessionId?: string;
  apiKeyId?: number;
  /** Sessions: ["api"]; API keys: their scopes ("api", "usage"). */
  scopes: string[];
}

/**
 * An `X-API-Key` the guard has already verified on this request (its trimmed value, and the key's
 * identity or null when unknown, revoked or expired), so routes that authenticate themselves (usage
 * pings) do not verify the same key a second time.
 */
export interface VerifiedApiKeyOnRequest {
  raw: string;
  identity: { apiKeyId: number; userId: number; role: Role; scopes: string[] } | null;
}

export type AuthenticatedRequest = Request & { principal?: Principal; verifiedApiKey?: VerifiedApiKeyOnRequest };

export function verifiedApiKeyOf(req: Request): VerifiedApiKeyOnRequest | undefined {
  return (req as AuthenticatedRequest).verifiedApiKey;
}

export function principalOf(req: Request): Principal | undefined {
  return (req as AuthenticatedRequest).principal;
}

/** The caller of an authenticated route: `me(@CurrentPrincipal() principal: Principal)`. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = principalOf(ctx.switchToHttp().getRequest<Request>());
  // Only reachable on a @Public() route, which must not use this decorator.
  if (!principal) throw new Error('CurrentPrincipal used on a route without an authenticated caller');
  return principal;
});
