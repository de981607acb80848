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
