import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/config.schema.js';
import { JwtService } from '@nestjs/jwt';
import { jwtSigningKey, resolveJwtSecret } from './jwt-secret.js';

describe('resolveJwtSecret', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-jwt-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('uses JWT_SECRET when set, writing nothing', async () => {
    const secret = 'k'.repeat(40);
    expect(await resolveJwtSecret(loadConfig({ JWT_SECRET: secret, DATA_DIR: dataDir }))).toBe(secret);
    await expect(stat(path.join(dataDir, 'jwt-secret'))).rejects.toThrow();
  });

  it('otherwise generates one into DATA_DIR (mode 0600) and keeps it across restarts', async () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = await resolveJwtSecret(config);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await readFile(path.join(dataDir, 'jwt-secret'), 'utf8')).trim()).toBe(first);
    expect((await stat(path.join(dataDir, 'jwt-secret'))).mode & 0o777).toBe(0o600);
    expect(await resolveJwtSecret(config)).toBe(first);
  });
});

describe('jwtSigningKey', () => {
  const secret = 'k'.repeat(40);

  it('is a secret KeyObject holding the secret', () => {
    const key = jwtSigningKey(secret);
    expect(key.type).toBe('secret');
    expect(key.export().toString('utf8')).toBe(secret);
  });

  it('verifies tokens signed with the plain secret and signs tokens the plain secret verifies', async () => {
    const plain = new JwtService({ secret });
    const keyed = new JwtService({ secret: jwtSigningKey(secret) });
    const options = { algorithms: ['HS256' as const] };
    expect(await keyed.verifyAsync(await plain.signAsync({ sub: '1' }), options)).toMatchObject({ sub: '1' });
    expect(await plain.verifyAsync(await keyed.signAsync({ sub: '2' }), options)).toMatchObject({ sub: '2' });
    const other = new JwtService({ secret: jwtSigningKey('x'.repeat(40)) });
    await expect(other.verifyAsync(await keyed.signAsync({ sub: '3' }), options)).rejects.toThrow(/signature/);
  });
});
