import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { Conflict, ValidationFailed } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { UserRow } from '../db/schema.js';
import { AuditService } from './audit.service.js';
import { Forbidden, InvalidCredentials, Unauthenticated } from './auth.errors.js';
import { sha256Hex } from './credentials.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import type { Principal } from './principal.js';
import { RefreshRefused, SessionsService, type ClientMeta, type IssuedSession } from './sessions.service.js';
import { UsersRepository } from './users.repository.js';

export interface Credentials {
  email: string;
  password: string;
}

/** First-run setup, sign-in and the signed-in user's own account. */
@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** ADMIN_EMAIL / ADMIN_PASSWORD create the first admin when no user exists yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const problem = passwordProblem(adminPassword, adminEmail);
    if (problem) throw new Error(`ADMIN_PASSWORD: ${problem}`);
    const created = await this.users.insertFirst({
      email: adminEmail,
      name: 'Admin',
      role: 'admin',
      passwordHash: await this.hasher.hash(adminPassword),
    });
    if (created) {
      this.logger.log(`first admin ${adminEmail} created from ADMIN_EMAIL`);
      await this.audit.record(this.entry('auth.setup', created.id, undefined, { source: 'env' }));
    }
  }

  async setupRequired(): Promise<boolean> {
    return !(await this.users.any());
  }

  /** Creates the first admin, exactly once, and signs them in. */
  async setup(input: Credentials & { name: string }, meta: ClientMeta): Promise<IssuedSession> {
    assertPassword(input.password, input.email, 'password');
    // Cheap answer for the common case before the slow hash; insertFirst decides under a lock.
    if (await this.users.any()) throw setupDone();
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.users.insertFirst({ email: input.email, name: input.name, role: 'admin', passwordHash });
    if (!user) throw setupDone();
    await this.audit.record(this.entry('auth.setup', user.id, meta.ip));
    return this.signIn(user, meta);
  }

  async login(input: Credentials, meta: ClientMeta): Promise<IssuedSession> {
    this.throttle.assertAllowed(input.email, meta.ip);
    const user = await this.users.findByEmail(input.email);
    const ok = await this.hasher.verify(user?.passwordHash, input.password);
    if (!user || !ok || user.disabled) {
      await this.throttle.recordFailure(input.email, meta.ip);
      const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled';
      await this.audit.record({
        ...this.entry('auth.login', user?.id, meta.ip, { email: input.email, reason }),
        outcome: 'failure',
      });
      throw new InvalidCredentials();
    }
    await this.audit.record(this.entry('auth.login', user.id, meta.ip));
    return this.signIn(user, meta);
  }

  async refresh(token: string | undefined, meta: ClientMeta): Promise<IssuedSession> {
    try {
      return await this.sessions.refresh(token);
    } catch (error) {
      if (error instanceof RefreshRefused && error.reason === 'reused') {
        await this.audit.record({
          ...this.entry('auth.refresh_reuse', error.userId, meta.ip),
          outcome: 'failure',
        });
      }
      throw error;
    }
  }

  /** Ends the session named by the access token, or else by the refresh cookie. Idempotent. */
  async logout(principal: Principal | undefined, refreshToken: string | undefined, meta: ClientMeta): Promise<void> {
    const target =
      principal?.sessionId !== undefined
        ? { sessionId: principal.sessionId, userId: principal.userId }
        : await this.sessions.sessionOfRefreshToken(refreshToken);
    if (!target) return;
    await this.sessions.revoke(target.sessionId, 'logout');
    await this.audit.record(this.entry('auth.logout', target.userId, meta.ip));
  }

  async me(principal: Principal): Promise<UserRow> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new Unauthenticated();
    return user;
  }

  async updateProfile(principal: Principal, changes: { name: string }): Promise<UserRow> {
    const user = await this.users.update(principal.userId, { name: changes.name });
    if (!user) throw new Unauthenticated();
    return user;
  }

  /** Revokes every session of the user (this one too) and starts a fresh one for the caller. */
  async changePassword(
    principal: Principal,
    input: { currentPassword: string; newPassword: string },
    meta: ClientMeta,
  ): Promise<IssuedSession> {
    if (principal.kind !== 'session') throw new Forbidden('Passwords are changed from a signed-in session.');
    const user = await this.me(principal);
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw new ValidationFailed([{ field: 'current_password', message: 'is wrong' }]);
    }
    assertPassword(input.newPassword, user.email, 'new_password');
    const updated = await this.users.update(user.id, { passwordHash: await this.hasher.hash(input.newPassword) });
    await this.sessions.revokeAllOfUser(user.id, 'password_change');
    await this.audit.record(this.entry('auth.password_change', user.id, meta.ip));
    return this.sessions.start(updated!, meta);
  }

  /** Sets the password of an invited (or reset) user from the one-time token and signs them in. */
  async acceptInvite(input: { token: string; password: string }, meta: ClientMeta): Promise<IssuedSession> {
    const user = await this.users.findByInviteHash(sha256Hex(input.token), this.clock.now());
    if (!user || user.disabled)
      throw new Unauthenticated('InvalidInviteToken', 'This invitation is invalid or expired.');
    assertPassword(input.password, user.email, 'password');
    const updated = await this.users.update(user.id, {
      passwordHash: await this.hasher.hash(input.password),
      inviteTokenHash: null,
      inviteExpiresAt: null,
    });
    await this.audit.record(this.entry('auth.accept_invite', user.id, meta.ip));
    return this.signIn(updated!, meta);
  }

  private async signIn(user: UserRow, meta: ClientMeta): Promise<IssuedSession> {
    const updated = await this.users.update(user.id, { lastLoginAt: this.clock.now() });
    return this.sessions.start(updated ?? user, meta);
  }

  private entry(action: string, userId: number | undefined, ip: string | undefined, details?: Record<string, unknown>) {
    return {
      action,
      actorUserId: userId ?? null,
      actorApiKeyId: null,
      entity: 'auth',
      entityId: userId === undefined ? null : String(userId),
      ip: ip ?? null,
      details: details ?? null,
    };
  }
}

export function assertPassword(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationFailed([{ field, message: problem }]);
}

function setupDone(): Conflict {
  return new Conflict('SetupAlreadyDone', 'apimon is already set up; sign in instead.');
}
