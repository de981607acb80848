import { Injectable } from '@nestjs/common';
import { toCompatHistory, type CompatHistory } from './usage-history.js';
import { UsageKeyVerifier } from './usage-key-verifier.js';
import { mayReportUsage, type ApiKeyIdentity } from './usage-key.js';
import { parseTagName } from './usage-tag-name.js';
import { pgErrorCode } from '../db/raw-rows.js';
import { UsageRepository } from './usage.repository.js';

/** What the compatible API answers: a status and a plain-text (or, for history, JSON) body. */
export interface CompatReply {
  status: number;
  body: string | CompatHistory;
  headers?: Record<string, string>;
}

export interface CompatRequest {
  tag: unknown;
  /** The raw key from `X-API-Key` or `?key=`; undefined when none was sent. */
  key: string | undefined;
  /** The guard's verification of this same key (identity, or null = invalid); undefined = not verified yet. */
  verified?: ApiKeyIdentity | null;
}

/** The most uses the history endpoints return at once. */
export const HISTORY_MAX = 10_000;

// The exact texts existing integrations compare against: do not reword them.
export const TEXT = {
  created: 'Tag Created Successfully',
  exists: 'Tag already exists!',
  invalid: 'Invalid Data',
  missing: 'Tag does not exist!',
  noData: 'No Data Found!',
  keyRequired: 'API key required',
  keyInvalid: 'Invalid API key',
  keyForbidden: 'API key may not report usage',
} as const;

const reply = (status: number, body: string | CompatHistory, headers?: Record<string, string>): CompatReply => ({
  status,
  body,
  headers,
});

/** The four calls of the compatible usage API (served at the root and under /api/v1/usage). */
@Injectable()
export class UsageCompatService {
  constructor(
    private readonly repository: UsageRepository,
    private readonly keys: UsageKeyVerifier,
  ) {}

  async create({ tag, key, verified }: CompatRequest): Promise<CompatReply> {
    const denied = await this.deny(key, verified);
    if (denied) return denied;
    const name = parseTagName(tag);
    if (!name) return reply(412, TEXT.invalid);
    try {
      const row = await this.repository.create({ name });
      return row ? reply(200, TEXT.created) : reply(409, TEXT.exists);
    } catch (error) {
      // Two creates of one new name racing: the loser sees the unique index.
      if (pgErrorCode(error) === '23505') return reply(409, TEXT.exists);
      throw error;
    }
  }

  async update({ tag, key, verified }: CompatRequest): Promise<CompatReply> {
    // A tag may accept key-less updates; a key that is sent must still be right.
    const denied = key === undefined ? undefined : await this.deny(key, verified);
    if (denied) return denied;
    const name = parseTagName(tag);
    if (!name) return reply(412, TEXT.invalid);
    const count = await this.repository.countUse(name, key === undefined);
    if (count !== null) return reply(200, String(count));
    // Without a key, a missing tag and a keyed tag look the same: nothing about the tag is revealed.
    return key === undefined ? reply(401, TEXT.keyRequired) : reply(404, TEXT.missing);
  }

  async get({ tag, key, verified }: CompatRequest): Promise<CompatReply> {
    const denied = await this.deny(key, verified);
    if (denied) return denied;
    const name = parseTagName(tag);
    if (!name) return reply(412, TEXT.invalid);
    const row = await this.repository.findByName(name);
    return row?.isActive ? reply(200, String(row.useCount)) : reply(404, TEXT.missing);
  }

  /**
   * Uses oldest first. Without `page`: at most the last HISTORY_MAX, keyed 1, 2, … (the compatible form).
   * With `page` (the /api/v1 variant): keyed by use number, `before` a use number to page back from;
   * `X-Next-Before` names the next page while there is one.
   */
  async history(
    { tag, key, verified }: CompatRequest,
    page?: { limit: number; beforeSeq?: number } | 'invalid',
  ): Promise<CompatReply> {
    const denied = await this.deny(key, verified);
    if (denied) return denied;
    const name = parseTagName(tag);
    if (!name || page === 'invalid') return reply(412, TEXT.invalid);
    const row = await this.repository.findByName(name);
    if (!row?.isActive || row.useCount === 0) return reply(404, TEXT.noData);
    const uses = await this.repository.uses(row.id, page ?? { limit: HISTORY_MAX });
    if (!page) return uses.length ? reply(200, toCompatHistory(uses)) : reply(404, TEXT.noData);
    const oldest = uses[0]?.seq;
    return reply(200, toCompatHistory(uses, 'seq'), oldest && oldest > 1 ? { 'X-Next-Before': String(oldest) } : {});
  }

  /** A reply refusing the key, or undefined when it may report usage. */
  private async deny(key: string | undefined, verified?: ApiKeyIdentity | null): Promise<CompatReply | undefined> {
    if (key === undefined || key === '') return reply(401, TEXT.keyRequired);
    const identity = verified !== undefined ? verified : await this.keys.verify(key);
    if (!identity) return reply(401, TEXT.keyInvalid);
    if (!mayReportUsage(identity)) return reply(403, TEXT.keyForbidden);
    return undefined;
  }
}
