import { z } from 'zod';
import { emailField, nameField, passwordField, roleField, toUserDto } from './auth.schemas.js';
import type { UserWithInvite } from './users.service.js';

export const createUserSchema = z.object({
  email: emailField,
  name: nameField,
  role: roleField,
  /** Omitted: an invitation token is returned instead, once. */
  password: passwordField.optional(),
});

export const updateUserSchema = z
  .object({ name: nameField.optional(), role: roleField.optional(), disabled: z.boolean().optional() })
  .refine((v) => v.name !== undefined || v.role !== undefined || v.disabled !== undefined, {
    message: 'give at least one of name, role, disabled',
  });

export const resetPasswordSchema = z.object({ password: passwordField.optional() });

export function toUserWithInviteDto({ user, inviteToken }: UserWithInvite) {
  return {
    ...toUserDto(user),
    ...(inviteToken
      ? { invite_token: inviteToken, invite_url: `/accept-invite?token=${encodeURIComponent(inviteToken)}` }
      : {}),
  };
}
