import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { NotFound, ValidationFailed } from '../common/errors.js';
import type { ApiKeyRow } from '../db/schema.js';
import { hasRole, ROLE_RANK, type Role } from './auth.decorators.js';
import { Forbidden } from './auth.errors.js';
import { ApiKeysRepository, type ApiKeyWithOwner } from './api-keys.repository.js';
import { apiKeyPrefix, newApiKey, sameHash, sha256Hex } from './credentials.js';
import type { Principal } from './principal.js';

export const API_KEY_SCOPES = ['api', 'usage'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface CreateApiKey {
  name: string;
  role?: Role;
  expiresAt?: Date | null;
  scopes?: ApiKeyScope[];
}

export interface VerifiedApiKey {
  apiKeyId: number;
  userId: number;
  role: Role;
  scopes: string[];
}

const TOUCH_INTERVAL_MS = 60_000;

/** API keys for scripts and CI. The key is shown once at creation; only its sha256 is kept. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly repository: ApiKeysRepository,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, input: CreateApiKey): Promise<{ row: ApiKeyRow; key: string }> {
    const role = input.role ?? principal.role;
    if (!hasRole(principal.role, role)) {
      throw new ValidationFailed([{ field: 'role', message: `must not exceed your own role (${principal.role})` }]);
    }
    if (input.expiresAt && input.expiresAt <= this.clock.now()) {
      throw new ValidationFailed([{ field: 'expires_at', message: 'must be in the future' }]);
    }
    const generated = newApiKey();
    const row = await this.repository.insert({
      userId: principal.userId,
      name: input.name,
      prefix: generated.prefix,
      keyHash: generated.hash,
      role,
      scopes: [...new Set(input.scopes ?? ['api'])],
      expiresAt: input.expiresAt ?? null,
    });
    return { row, key: generated.key };
  }

  /** Admins see every key, everyone else their own. */
  list(principal: Principal): Promise<ApiKeyWithOwner[]> {
    return this.repository.list({ userId: principal.role === 'admin' ? undefined : principal.userId });
  }

  /** Owners revoke their own keys; only admins revoke other people's. */
  async revoke(principal: Principal, id: number): Promise<void> {
    const key = await this.repository.findById(id);
    if (!key || key.revokedAt) throw new NotFound('ApiKeyNotFound', `No API key ${id}.`);
    if (key.userId !== principal.userId && principal.role !== 'admin') {
      throw new Forbidden("Only admins revoke other people's API keys.");
    }
    await this.repository.revoke(id, this.clock.now());
  }

  /**
   * The key's identity, or null when it is malformed, unknown, revoked, expired or its owner is
   * disabled. Hashes are compared in constant time. The role is capped by the owner's current role.
   */
  async verify(rawKey: string): Promise<VerifiedApiKey | null> {
    const prefix = apiKeyPrefix(rawKey);
    if (!prefix) return null;
    const hash = sha256Hex(rawKey);
    const now = this.clock.now();
    const match = (await this.repository.findByPrefix(prefix)).find(({ key }) => sameHash(hash, key.keyHash));
    if (!match || match.owner.disabled || (match.key.expiresAt && match.key.expiresAt <= now)) return null;
    await this.repository.touch(match.key.id, now, TOUCH_INTERVAL_MS);
    const role = ROLE_RANK[match.key.role] <= ROLE_RANK[match.owner.role] ? match.key.role : match.owner.role;
    return { apiKeyId: match.key.id, userId: match.owner.id, role, scopes: match.key.scopes };
  }
}
