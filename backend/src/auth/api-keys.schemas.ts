import { z } from 'zod';
import type { ApiKeyRow } from '../db/schema.js';
import { API_KEY_SCOPES } from './api-keys.service.js';
import type { ApiKeyWithOwner } from './api-keys.repository.js';
import { nameField, roleField } from './auth.schemas.js';

export const createApiKeySchema = z
  .object({
    name: nameField,
    role: roleField.optional(),
    expires_at: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time' }).nullable().optional(),
    scopes: z
      .array(z.enum(API_KEY_SCOPES, { message: 'must be api or usage' }))
      .min(1, 'must name at least one scope')
      .optional(),
  })
  .transform((v) => ({
    name: v.name,
    role: v.role,
    expiresAt: v.expires_at ? new Date(v.expires_at) : null,
    scopes: v.scopes,
  }));

export function toApiKeyDto(key: ApiKeyRow & Partial<Pick<ApiKeyWithOwner, 'ownerEmail'>>) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    scopes: key.scopes,
    user_id: key.userId,
    ...(key.ownerEmail === undefined ? {} : { user_email: key.ownerEmail }),
    created_at: key.createdAt.toISOString(),
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    expires_at: key.expiresAt?.toISOString() ?? null,
  };
}

/** Only the creation response carries the key itself. */
export function toCreatedApiKeyDto(key: ApiKeyRow, raw: string) {
  return { ...toApiKeyDto(key), key: raw };
}
