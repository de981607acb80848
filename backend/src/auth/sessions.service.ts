import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { SessionRow, UserRow } from '../db/schema.js';
import type { Role } from './auth.decorators.js';
import { Unauthenticated } from './auth.errors.js';
import { newRefreshToken, parseRefreshToken, sameHash } from './credentials.js';
import type { Principal } from './principal.js';
import { SessionsRepository } from './sessions.repository.js';

const ISSUER = 'apimon';
/**
 * How long the refresh token just replaced stays good for an access token (not a new refresh token):
 * two tabs refreshing at the same moment send the same cookie, and that is not theft.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;
const AUDIENCE = 'apimon-api';

export interface ClientMeta {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** What a login, setup, refresh or password change hands back to the client. */
export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  expiresInSeconds: number;
  /** Absent when a racing refresh already rotated it: the client keeps the cookie it got from that one. */
  refreshToken?: string;
  refreshExpiresAt: Date;
  user: UserRow;
}

interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

/** Why a refresh was refused: the guard and the audit log tell these apart. */
export class RefreshRefused extends Unauthenticated {
  constructor(
    readonly reason: 'invalid' | 'revoked' | 'expired' | 'disabled' | 'reused',
    readonly userId?: number,
  ) {
    super(reason === 'reused' ? 'RefreshTokenReused' : 'InvalidRefreshToken', 'Sign in again.');
  }
}

/**
 * Sessions: a short-lived access JWT naming the session, and a rotating opaque refresh token. Every
 * bearer request re-reads the session row, so revocation (logout, password change, disabling) is immediate.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async start(user: UserRow, meta: ClientMeta): Promise<IssuedSession> {
    const refresh = newRefreshToken(randomUUID());
    const refreshExpiresAt = this.refreshExpiry();
    await this.sessions.insert({
      id: refresh.sessionId,
      userId: user.id,
      refreshTokenHash: refresh.hash,
      expiresAt: refreshExpiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return this.issue(user, refresh.sessionId, refresh.token, refreshExpiresAt);
  }

  /** Rotates the refresh token; presenting one that was already used revokes the whole session. */
  async refresh(token: string | undefined): Promise<IssuedSession> {
    const parsed = token ? parseRefreshToken(token) : null;
    if (!parsed) throw new RefreshRefused('invalid');
    const found = await this.sessions.findWithUser(parsed.sessionId);
    if (!found) throw new RefreshRefused('invalid');
    const { session, user } = found;
    const now = this.clock.now();
    if (session.revokedAt) throw new RefreshRefused('revoked', user.id);
    if (session.expiresAt <= now) throw new RefreshRefused('expired', user.id);
    if (user.disabled) throw new RefreshRefused('disabled', user.id);
    if (sameHash(parsed.secretHash, session.refreshTokenHash)) {
      const next = newRefreshToken(session.id);
      const refreshExpiresAt = this.refreshExpiry();
      if (await this.sessions.rotate(session.id, session.refreshTokenHash, next.hash, refreshExpiresAt, now)) {
        return this.issue(user, session.id, next.token, refreshExpiresAt);
      }
      // A concurrent refresh with the same token won the rotation: ours is now the previous one.
      const reread = await this.sessions.findWithUser(session.id);
      if (reread && this.withinGrace(reread.session, parsed.secretHash, now)) {
        return this.issue(user, session.id, undefined, reread.session.expiresAt);
      }
    } else if (this.withinGrace(session, parsed.secretHash, now)) {
      return this.issue(user, session.id, undefined, session.expiresAt);
    }
    // Someone holds an earlier token of this session: the thief or the owner, we cannot tell which.
    await this.sessions.revoke(session.id, 'refresh_reuse', now);
    throw new RefreshRefused('reused', user.id);
  }

  private withinGrace(session: SessionRow, secretHash: string, now: Date): boolean {
    return (
      !session.revokedAt &&
      session.previousRefreshTokenHash !== null &&
      session.refreshedAt !== null &&
      now.getTime() - session.refreshedAt.getTime() < REFRESH_REUSE_GRACE_MS &&
      sameHash(secretHash, session.previousRefreshTokenHash)
    );
  }

  /** The session a refresh token names, if it is well-formed and its secret matches (for logout). */
  async sessionOfRefreshToken(token: string | undefined): Promise<{ sessionId: string; userId: number } | null> {
    const parsed = token ? parseRefreshToken(token) : null;
    if (!parsed) return null;
    const found = await this.sessions.findWithUser(parsed.sessionId);
    if (!found || !sameHash(parsed.secretHash, found.session.refreshTokenHash)) return null;
    return { sessionId: found.session.id, userId: found.user.id };
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.sessions.revoke(sessionId, reason, this.clock.now());
  }

  async revokeAllOfUser(userId: number, reason: string): Promise<void> {
    await this.sessions.revokeAllOfUser(userId, reason, this.clock.now());
  }

  /** The principal of a valid access token whose session is live; Unauthenticated otherwise. */
  async authenticate(accessToken: string): Promise<Principal> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
    } catch {
      throw new Unauthenticated('InvalidToken', 'The access token is invalid or expired.');
    }
    const found = typeof claims.sid === 'string' ? await this.sessions.findWithUser(claims.sid) : undefined;
    const now = this.clock.now();
    if (
      !found ||
      String(found.user.id) !== claims.sub ||
      found.session.revokedAt ||
      found.session.expiresAt <= now ||
      found.user.disabled
    ) {
      throw new Unauthenticated('SessionRevoked', 'This session has ended; sign in again.');
    }
    // The current role, not the one in the token: a demotion takes effect at once.
    return {
      kind: 'session',
      userId: found.user.id,
      role: found.user.role,
      sessionId: found.session.id,
      scopes: ['api'],
    };
  }

  private async issue(user: UserRow, sessionId: string, refreshToken: string | undefined, refreshExpiresAt: Date) {
    const expiresInSeconds = this.config.accessTokenTtlSeconds;
    const claims: AccessClaims = { sub: String(user.id), sid: sessionId, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: expiresInSeconds,
    });
    return { sessionId, accessToken, expiresInSeconds, refreshToken, refreshExpiresAt, user };
  }

  private refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.refreshTokenTtlDays * 86_400_000);
  }
}
