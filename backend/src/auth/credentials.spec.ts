import {
  apiKeyPrefix,
  base62,
  newApiKey,
  newRefreshToken,
  parseRefreshToken,
  sameHash,
  sha256Hex,
} from './credentials.js';

describe('base62', () => {
  it.each([
    [Buffer.from([0]), '00'],
    [Buffer.from([61]), '0z'],
    [Buffer.from([62]), '10'],
    [Buffer.from([255]), '47'],
    [Buffer.from([1, 0]), '048'],
  ])('%s → %s', (bytes, expected) => {
    expect(base62(bytes)).toBe(expected);
  });

  it('gives 43 characters for every 32-byte value', () => {
    expect(base62(Buffer.alloc(32, 0))).toHaveLength(43);
    expect(base62(Buffer.alloc(32, 0xff))).toHaveLength(43);
  });
});

describe('API keys', () => {
  it('are apimon_ + 43 base62 characters, stored as a sha256 that is not the key', () => {
    const { key, prefix, hash } = newApiKey();
    expect(key).toMatch(/^apimon_[0-9A-Za-z]{43}$/);
    expect(prefix).toBe(key.slice(0, 15));
    expect(hash).toBe(sha256Hex(key));
    expect(hash).not.toContain(key.slice(7));
    expect(newApiKey().key).not.toBe(key);
  });

  it.each([
    ['apimon_' + 'a'.repeat(43), 'apimon_aaaaaaaa'],
    ['apimon_' + 'a'.repeat(42), null],
    ['apimon_' + 'a'.repeat(42) + '-', null],
    ['other_' + 'a'.repeat(44), null],
    ['', null],
  ])('prefix of %s → %s', (raw, expected) => {
    expect(apiKeyPrefix(raw)).toBe(expected);
  });
});

describe('refresh tokens', () => {
  it('round-trip to the session id and the hash of the secret', () => {
    const { sessionId, token, hash } = newRefreshToken();
    expect(parseRefreshToken(token)).toEqual({ sessionId, secretHash: hash });
  });

  it.each(['', 'abc', 'not-a-uuid.secret', `${'0'.repeat(36)}.x`])('refuses %s', (token) => {
    expect(parseRefreshToken(token)).toBeNull();
  });
});

describe('sameHash', () => {
  it.each([
    [sha256Hex('a'), sha256Hex('a'), true],
    [sha256Hex('a'), sha256Hex('b'), false],
    [sha256Hex('a'), 'abcd', false],
    ['', '', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(sameHash(a, b)).toBe(expected);
  });
});
