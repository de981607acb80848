import { Inject, Injectable, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { TooManyRequests } from './auth.errors.js';
import { isOpenRoute } from './auth.guard.js';
import type { AuthenticatedRequest } from './principal.js';

const RATE_LIMITED = 'apimon:rateLimitedOpenRoute';
/** An open route that the general rate limit still covers (login, setup, refresh: per IP). */
export const RateLimited = () => SetMetadata(RATE_LIMITED, true);

/**
 * The general API rate limit: RATE_LIMIT_PER_MINUTE requests per caller (user, API key, or IP when
 * anonymous) across all routes. Open routes are exempt (heartbeat and usage pings, the public status
 * API) unless marked @RateLimited(). Runs after the AuthGuard, which identifies the caller.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http' || this.config.rateLimitPerMinute === 0) return true;
    if (!isOpenRoute(this.reflector, context, this.config)) return false;
    return !this.reflector.getAllAndOverride<boolean>(RATE_LIMITED, [context.getHandler(), context.getClass()]);
  }

  protected override async getTracker(raw: Record<string, unknown>): Promise<string> {
    const req = raw as unknown as AuthenticatedRequest;
    if (req.principal?.kind === 'api_key') return `key:${req.principal.apiKeyId}`;
    if (req.principal) return `user:${req.principal.userId}`;
    return `ip:${req.ip ?? ''}`;
  }

  /** One budget per caller for the whole API, not one per route. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyRequests(detail.timeToBlockExpire, `More than ${detail.limit} requests a minute; slow down.`);
  }
}
