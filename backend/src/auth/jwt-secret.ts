import { createSecretKey, type KeyObject } from 'node:crypto';
import type { AppConfig } from '../config/config.schema.js';
import { loadOrCreateSecretFile } from '../common/secret-box.js';

/**
 * JWT_SECRET, or (outside production, where the config refuses to start without it) a secret
 * generated once into DATA_DIR/jwt-secret, so that sessions survive a restart.
 */
export async function resolveJwtSecret(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.nodeEnv === 'production') throw new Error('JWT_SECRET: must be set when NODE_ENV=production');
  return loadOrCreateSecretFile(config.dataDir, 'jwt-secret');
}

/**
 * The secret as a KeyObject for the JWT module. Given a string, jsonwebtoken first tries it as a PEM
 * public key on every verify and falls back to a secret key after that throws: ~0.45 ms per
 * authenticated request here, against ~0.014 ms with the KeyObject. Tokens are the same either way.
 */
export function jwtSigningKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
