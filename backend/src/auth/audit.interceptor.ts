import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { AuditService } from './audit.service.js';
import { principalOf } from './principal.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Records every successful mutation of /api/v1 by an authenticated caller, so that every module is
 * audited without knowing it: actor, method + route pattern, entity (the first path segment after v1),
 * entity id (the :id parameter, or the id of what a POST created), IP. Never bodies, tokens or passwords.
 * Open routes (pings, login) are not recorded here; the auth service records sign-ins itself.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const principal = principalOf(req);
    const route = (req.route as { path?: string } | undefined)?.path;
    if (READS.has(req.method) || !principal || !route?.startsWith('/api/v1/')) return next.handle();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const created = (body as { id?: unknown } | null | undefined)?.id;
        const param = (req.params as Record<string, string | undefined>).id;
        await this.audit.record({
          action: `${req.method} ${route}`,
          actorUserId: principal.userId,
          actorApiKeyId: principal.apiKeyId ?? null,
          entity: route.split('/')[3] ?? null,
          entityId: param ?? (typeof created === 'number' || typeof created === 'string' ? String(created) : null),
          ip: req.ip ?? null,
          details: null,
        });
        return body;
      }),
    );
  }
}
