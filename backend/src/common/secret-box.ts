import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PREFIX = 'enc:v1:';
/** What every API response shows instead of a secret value. */
export const MASK = '********';

/**
 * Encrypts secrets at rest (endpoint Authorization/Cookie headers, alert channel passwords, tokens and
 * webhook URLs) with AES-256-GCM under the app secret. Stored form: `enc:v1:<iv>.<tag>.<ciphertext>`
 * (base64url), so encrypted values are recognisable and a wrong key fails loudly instead of
 * returning garbage.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(appSecret: string) {
    if (appSecret.length < 32) throw new Error('the app secret must be at least 32 characters');
    // A fixed-length key from a secret of any length; domain-separated from other uses of the secret.
    this.key = createHash('sha256').update(`apimon:secret-box:${appSecret}`).digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${[iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')}`;
  }

  decrypt(stored: string): string {
    if (!SecretBox.isEncrypted(stored)) throw new Error('value is not encrypted');
    const [iv, tag, body] = stored
      .slice(PREFIX.length)
      .split('.')
      .map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !body) throw new Error('encrypted value is malformed');
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  static isEncrypted(value: string): boolean {
    return value.startsWith(PREFIX);
  }
}

/**
 * A secret kept in DATA_DIR, generated once (32 random bytes, hex, file mode 0600): what the embedded
 * default uses when APP_SECRET / JWT_SECRET are not configured.
 */
export async function loadOrCreateSecretFile(dataDir: string, name: string): Promise<string> {
  const file = path.resolve(dataDir, name);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'w' });
  await chmod(file, 0o600);
  return secret;
}
