import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateSecretFile, SecretBox } from './secret-box.js';

const SECRET = 'a'.repeat(32);

describe('SecretBox', () => {
  it('round-trips a value and never stores it in clear', () => {
    const box = new SecretBox(SECRET);
    const stored = box.encrypt('Bearer s3cr3t');
    expect(stored).toMatch(/^enc:v1:/);
    expect(stored).not.toContain('s3cr3t');
    expect(box.decrypt(stored)).toBe('Bearer s3cr3t');
  });

  it('encrypts the same value differently each time', () => {
    const box = new SecretBox(SECRET);
    expect(box.encrypt('x')).not.toBe(box.encrypt('x'));
  });

  it('refuses a value encrypted under another secret or tampered with', () => {
    const stored = new SecretBox(SECRET).encrypt('hello');
    expect(() => new SecretBox('b'.repeat(32)).decrypt(stored)).toThrow();
    const tampered = `${stored.slice(0, -2)}${stored.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => new SecretBox(SECRET).decrypt(tampered)).toThrow();
    expect(() => new SecretBox(SECRET).decrypt('plain')).toThrow(/not encrypted/);
  });

  it('rejects a short app secret', () => {
    expect(() => new SecretBox('short')).toThrow(/32/);
  });
});

describe('loadOrCreateSecretFile', () => {
  it('creates a 0600 secret once and returns the same one afterwards', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-secret-'));
    try {
      const first = await loadOrCreateSecretFile(dir, 'app-secret');
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(await loadOrCreateSecretFile(dir, 'app-secret')).toBe(first);
      expect((await readFile(path.join(dir, 'app-secret'), 'utf8')).trim()).toBe(first);
      expect((await stat(path.join(dir, 'app-secret'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
