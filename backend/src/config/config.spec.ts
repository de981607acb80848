import { ConfigError, loadConfig } from './config.schema.js';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      nodeEnv: 'development',
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
    });
  });

  it('reads boolean flags', () => {
    expect(loadConfig({}).publicStatusApi).toBe(true);
    expect(loadConfig({ PUBLIC_STATUS_API: 'false' }).publicStatusApi).toBe(false);
    expect(loadConfig({ PUBLIC_STATUS_API: 'off' }).publicStatusApi).toBe(false);
  });

  it('reads the auth variables, with defaults', () => {
    expect(loadConfig({})).toMatchObject({
      jwtSecret: undefined,
      rateLimitPerMinute: 1200,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
    });
    const secret = 's'.repeat(32);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: secret,
        ADMIN_EMAIL: 'Admin@Example.com',
        ADMIN_PASSWORD: 'long-enough-password',
        RATE_LIMIT_PER_MINUTE: '0',
      }),
    ).toMatchObject({ jwtSecret: secret, adminEmail: 'admin@example.com', rateLimitPerMinute: 0 });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 8080, databaseUrl: undefined });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ APP_SECRET: 'too-short' }, 'APP_SECRET'],
    [{ PUBLIC_STATUS_API: 'maybe' }, 'PUBLIC_STATUS_API'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'x'.repeat(31) }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'admin@example.com' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ ACCESS_TOKEN_TTL_SECONDS: '5' }, 'ACCESS_TOKEN_TTL_SECONDS'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('names every bad variable at once and hides secrets', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y', DATABASE_URL: 'http://user:pw@h' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
      expect(String(error)).not.toContain('pw@h');
    }
  });
});
