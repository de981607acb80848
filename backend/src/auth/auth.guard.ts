import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { ApiKeysService } from './api-keys.service.js';
import { hasRole, IS_PUBLIC, IS_PUBLIC_STATUS, REQUIRED_ROLE, type Role } from './auth.decorators.js';
import { Forbidden, RoleRequired, Unauthenticated } from './auth.errors.js';
import type { AuthenticatedRequest, Principal } from './principal.js';
import { SessionsService } from './sessions.service.js';

/** Whether a route needs no credentials (@Public, or @PublicStatus while PUBLIC_STATUS_API is on). */
export function isOpenRoute(reflector: Reflector, context: ExecutionContext, config: AppConfig): boolean {
  const targets = [context.getHandler(), context.getClass()];
  if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
  return config.publicStatusApi && !!reflector.getAllAndOverride<boolean>(IS_PUBLIC_STATUS, targets);
}

/**
 * The one global guard (APP_GUARD). Every route needs `Authorization: Bearer <access JWT>` of a live
 * session or an `X-API-Key` with the "api" scope, unless it is open (see isOpenRoute); @Roles ranks
 * viewer < editor < admin. The caller is attached to the request as its Principal.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly apiKeys: ApiKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (isOpenRoute(this.reflector, context, this.config)) {
      // Credentials are optional here; valid ones still identify the caller (logout, audit, rate limit).
      req.principal = await this.authenticate(req).catch(() => undefined);
      return true;
    }
    const principal = await this.authenticate(req);
    if (!principal) throw new Unauthenticated();
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!hasRole(principal.role, required)) throw new RoleRequired(required!);
    req.principal = principal;
    return true;
  }

  private async authenticate(req: AuthenticatedRequest): Promise<Principal | undefined> {
    const apiKey = req.headers['x-api-key'];
    if (apiKey !== undefined) {
      const verified = typeof apiKey === 'string' ? await this.apiKeys.verify(apiKey.trim()) : null;
      if (typeof apiKey === 'string') req.verifiedApiKey = { raw: apiKey.trim(), identity: verified };
      if (!verified) throw new Unauthenticated('InvalidApiKey', 'The API key is invalid, revoked or expired.');
      if (!verified.scopes.includes('api')) {
        throw new Forbidden('This API key may only report usage.', 'ApiKeyScopeMissing');
      }
      return {
        kind: 'api_key',
        userId: verified.userId,
        role: verified.role,
        apiKeyId: verified.apiKeyId,
        scopes: verified.scopes,
      };
    }
    const authorization = req.headers.authorization;
    if (authorization === undefined) return undefined;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new Unauthenticated('InvalidToken', 'Send the access token as "Authorization: Bearer <token>".');
    return this.sessions.authenticate(match[1]!);
  }
}
