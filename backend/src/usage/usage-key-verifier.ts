import type { ApiKeyIdentity } from './usage-key.js';

/**
 * The seam to the auth module: whatever can tell who a raw API key belongs to (null when it is unknown,
 * revoked or expired). The usage module provides it from the auth module's ApiKeysService.
 */
export abstract class UsageKeyVerifier {
  abstract verify(rawKey: string): Promise<ApiKeyIdentity | null>;
}
