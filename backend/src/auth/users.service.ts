import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { Conflict, NotFound } from '../common/errors.js';
import type { UserRow } from '../db/schema.js';
import type { Role } from './auth.decorators.js';
import { assertPassword } from './auth.service.js';
import { newOneTimeToken } from './credentials.js';
import { PasswordHasher } from './password-hasher.js';
import type { Principal } from './principal.js';
import { SessionsService } from './sessions.service.js';
import { UsersRepository, type UserChanges } from './users.repository.js';

const INVITE_TTL_MS = 7 * 86_400_000;

export interface CreateUser {
  email: string;
  name: string;
  role: Role;
  /** Omitted: the user gets a one-time invitation token instead. */
  password?: string;
}

/** A user and, when one was made, the one-time invitation token (shown once). */
export interface UserWithInvite {
  user: UserRow;
  inviteToken?: string;
}

/** User administration (admins only, enforced by the controller's @Roles). */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UserRow[]> {
    return this.users.list();
  }

  async create(input: CreateUser): Promise<UserWithInvite> {
    const credential = await this.credential(input.password, input.email);
    const user = await this.users.insert({
      email: input.email,
      name: input.name,
      role: input.role,
      ...credential.changes,
    });
    if (!user) throw new Conflict('EmailTaken', `A user with the email ${input.email} exists already.`);
    return { user, inviteToken: credential.inviteToken };
  }

  /** Role, name, disabled. Disabling (or demoting) never leaves the installation without an admin. */
  async update(actor: Principal, id: number, changes: { name?: string; role?: Role; disabled?: boolean }) {
    const user = await this.get(id);
    const losesAdmin =
      user.role === 'admin' &&
      !user.disabled &&
      (changes.disabled === true || (changes.role && changes.role !== 'admin'));
    if (losesAdmin && (await this.users.countOtherActiveAdmins(id)) === 0) {
      throw new Conflict('LastAdmin', 'This is the last enabled admin; make someone else admin first.');
    }
    if (changes.disabled === true && id === actor.userId) {
      throw new Conflict('CannotDisableSelf', 'You cannot disable your own account.');
    }
    const updated = await this.users.update(id, changes);
    if (changes.disabled === true) await this.sessions.revokeAllOfUser(id, 'disabled');
    return updated!;
  }

  /** Sets a new password (or issues a one-time token) and ends every session of the user. */
  async resetPassword(id: number, password: string | undefined): Promise<UserWithInvite> {
    const user = await this.get(id);
    const credential = await this.credential(password, user.email);
    const updated = await this.users.update(id, credential.changes);
    await this.sessions.revokeAllOfUser(id, 'password_reset');
    return { user: updated!, inviteToken: credential.inviteToken };
  }

  private async get(id: number): Promise<UserRow> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFound('UserNotFound', `No user ${id}.`);
    return user;
  }

  private async credential(
    password: string | undefined,
    email: string,
  ): Promise<{ changes: UserChanges; inviteToken?: string }> {
    if (password !== undefined) {
      assertPassword(password, email, 'password');
      return {
        changes: { passwordHash: await this.hasher.hash(password), inviteTokenHash: null, inviteExpiresAt: null },
      };
    }
    const invite = newOneTimeToken();
    return {
      changes: {
        passwordHash: null,
        inviteTokenHash: invite.hash,
        inviteExpiresAt: new Date(this.clock.now().getTime() + INVITE_TTL_MS),
      },
      inviteToken: invite.token,
    };
  }
}
