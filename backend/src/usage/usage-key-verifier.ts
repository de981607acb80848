import { Injectable } from '@nestjs/common';
import type { ApiKeyIdentity } from './usage-key.js';

/**
 * The seam to the auth module: whatever can tell who a raw API key belongs to (null when it is unknown,
 * revoked or expired). The usage module provides it from the auth module's key service.
 */
export abstract class UsageKeyVerifier {
  abstract verify(rawKey: string): Promise<ApiKeyIdentity | null>;
}

/** Used while no API keys exist in the app: every presented key is wrong. */
@Injectable()
export class NoApiKeysVerifier extends UsageKeyVerifier {
  async verify(): Promise<ApiKeyIdentity | null> {
    return null;
  }
}
