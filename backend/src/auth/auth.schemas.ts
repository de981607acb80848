import { z } from 'zod';
import type { UserRow } from '../db/schema.js';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import type { Principal } from './principal.js';
import type { IssuedSession } from './sessions.service.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const;

export const emailField = z
  .string({ message: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(254, 'must be at most 254 characters'));
export const nameField = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters');
/** The policy itself (length, email, common list) is checked by the service, which knows the email. */
export const passwordField = z.string({ message: 'is required' }).max(PASSWORD_MAX_LENGTH * 4, 'is too long');
export const roleField = z.enum(ROLES, { message: 'must be viewer, editor or admin' });

export const setupSchema = z.object({ email: emailField, password: passwordField, name: nameField });
export const loginSchema = z.object({
  email: z.string({ message: 'is required' }).trim().toLowerCase().min(1, 'is required').max(254),
  password: passwordField.min(1, 'is required'),
});
export const profileSchema = z.object({ name: nameField });
export const changePasswordSchema = z
  .object({ current_password: passwordField, new_password: passwordField })
  .transform((v) => ({ currentPassword: v.current_password, newPassword: v.new_password }));
export const acceptInviteSchema = z.object({
  token: z.string({ message: 'is required' }).min(1, 'is required').max(200),
  password: passwordField,
});

export const idParam = z.coerce.number({ message: 'must be a number' }).int().positive().max(Number.MAX_SAFE_INTEGER);

export function toUserDto(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    invite_pending: user.passwordHash === null,
    created_at: user.createdAt.toISOString(),
    last_login_at: user.lastLoginAt?.toISOString() ?? null,
  };
}

/** Login, setup, refresh and password change answer this; the refresh token goes in the cookie only. */
export function toTokenResponse(session: IssuedSession) {
  return {
    access_token: session.accessToken,
    token_type: 'Bearer' as const,
    expires_in: session.expiresInSeconds,
    user: toUserDto(session.user),
  };
}

export function toMeResponse(user: UserRow, principal: Principal) {
  return {
    user: toUserDto(user),
    role: principal.role,
    auth: {
      kind: principal.kind,
      session_id: principal.sessionId ?? null,
      api_key_id: principal.apiKeyId ?? null,
      scopes: principal.scopes,
    },
  };
}
