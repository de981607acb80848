import { z } from 'zod';

/** "true"/"false" (also 1/0, yes/no, on/off) as a boolean; anything else is a named error. */
export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v))
    .default(fallback);

/**
 * The one place that reads the environment. Every variable is listed in README.md and .env.example;
 * defaults make the embedded (no DATABASE_URL) mode work out of the box.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STATIC_DIR: z.string().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** Encrypts secrets at rest; generated once into DATA_DIR when unset. */
  APP_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_STATUS_API: booleanFlag(true),
  // --- alerts ---
  ALERT_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
  ALERT_EVALUATE_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  ALERT_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(60_000),
  ALERT_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  ALERT_CATCH_UP_INTERVAL_MS: z.coerce.number().int().min(10).max(3_600_000).default(15_000),
  ALERT_REPLAY_MAX_AGE_HOURS: z.coerce.number().int().min(0).max(720).default(24),
  TELEGRAM_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
  PAGERDUTY_EVENTS_URL: z.url({ protocol: /^https?$/ }).default('https://events.pagerduty.com/v2/enqueue'),
  // analytics
  RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  ROLLUP_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(400),
  ROLLUP_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  // --- config file (shared: each domain reads its own section) ---
  CONFIG_PATH: z.string().min(1).optional(),
  // --- targets (public-status collector) ---
  COLLECTOR: booleanFlag(true),
  TARGET_BASE_URLS: z
    .string()
    .regex(
      /^\s*[a-z0-9][a-z0-9._-]*=https?:\/\/[^\s,]+(\s*,\s*[a-z0-9][a-z0-9._-]*=https?:\/\/[^\s,]+)*\s*$/,
      'must be a comma-separated list of name=http(s)://url',
    )
    .optional(),
  TARGET_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(10_000),
  // --- check engine ---
  /** off: no scheduled checks (results from the API and heartbeats are still recorded). */
  CHECKS: booleanFlag(true),
  MAX_CONCURRENT_CHECKS: z.coerce.number().int().min(1).max(10_000).default(256),
  MAX_CHECKS_PER_HOST: z.coerce.number().int().min(1).max(10_000).default(16),
  BLOCK_PRIVATE_TARGETS: booleanFlag(false),
  RESULT_BUFFER_MAX: z.coerce.number().int().min(1).max(10_000_000).default(100_000),

  // --- auth ---
  /** Signs access tokens; required (>= 32 bytes) in production, otherwise generated once into DATA_DIR. */
  JWT_SECRET: z
    .string()
    .refine((v) => Buffer.byteLength(v, 'utf8') >= 32, 'must be at least 32 bytes')
    .optional(),
  /** Create the first admin at start-up when no user exists (automated deploys). */
  ADMIN_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** Requests per minute per caller on the authenticated API; 0 = no limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Absolute base URL of this install (e.g. https://apimon.example.com), for links such as ping URLs. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** Seconds between heartbeat comments on the live events stream (keeps proxies from closing it). */
  EVENTS_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  // --- usage and heartbeats ---
  /** Seconds between sweeps that mark silent push monitors missed; 0 = no sweeps. */
  HEARTBEAT_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
});

/** Rules between variables, reported like any other bad variable. */
function crossChecks(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    problems.push('JWT_SECRET: must be set (at least 32 bytes) when NODE_ENV=production');
  }
  if (e.ADMIN_EMAIL && !e.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: must be set when ADMIN_EMAIL is');
  if (e.ADMIN_PASSWORD && !e.ADMIN_EMAIL) problems.push('ADMIN_EMAIL: must be set when ADMIN_PASSWORD is');
  return problems;
}

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Built SPA to serve; undefined = look for frontend/dist beside the backend. */
  staticDir: string | undefined;
  shutdownTimeoutMs: number;
  /** undefined = generated once and kept in DATA_DIR/app-secret. */
  appSecret: string | undefined;
  /** The unified public-status API (/api/status…) needs no credentials. */
  publicStatusApi: boolean;
  alerts: {
    dispatchIntervalMs: number;
    evaluateIntervalMs: number;
    maxAttempts: number;
    /** First retry delay; each further one doubles. */
    retryBaseMs: number;
    sendTimeoutMs: number;
    /** How often state changes the live path missed are looked for (endpoint_state_changes). */
    catchUpIntervalMs: number;
    /** State changes older than this when evaluated are stored as suppressed, not sent; 0 = no limit. */
    replayMaxAgeHours: number;
    telegramApiUrl: string;
    pagerdutyEventsUrl: string;
  };
  // analytics
  rawRetentionDays: number;
  rollupRetentionDays: number;
  /** How often the rollup provider runs; 0 = never in this process (another one does it). */
  rollupIntervalSeconds: number;
  /** The YAML config file (endpoints:, targets: sections); undefined = none. */
  configPath: string | undefined;
  // targets
  /** Whether this process polls the public-status targets (off when the standalone collector runs). */
  collector: boolean;
  /** Base URL per target name, overriding the built-in default and the config file. */
  targetBaseUrls: Record<string, string>;
  targetTimeoutMs: number;
  // --- auth ---
  /** undefined = generated once and kept in DATA_DIR/jwt-secret (never in production). */
  jwtSecret: string | undefined;
  /** Both set: the first admin is created at start-up when no user exists. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** 0 = the general API rate limit is off. */
  rateLimitPerMinute: number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Without a trailing slash; undefined = links are relative (/api/v1/push/…). */
  publicUrl: string | undefined;
  eventsHeartbeatSeconds: number;
  // --- check engine ---
  checks: {
    /** The scheduler runs checks on their intervals. */
    enabled: boolean;
    maxConcurrent: number;
    maxPerHost: number;
    /** Refuse private and loopback targets too (link-local and metadata addresses are always refused). */
    blockPrivateTargets: boolean;
    /** Results kept in memory while the database is unavailable; beyond it the oldest are dropped. */
    resultBufferMax: number;
  };
  // --- usage and heartbeats ---
  /** 0 = push monitors are never marked missed by this process. */
  heartbeatSweepSeconds: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws ConfigError naming every bad variable. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const got = present[name];
        return `${name}: ${issue.message}${got === undefined ? '' : ` (got "${redact(name, got)}")`}`;
      }),
    );
  }
  const e = parsed.data;
  const problems = crossChecks(e);
  if (problems.length) throw new ConfigError(problems);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    staticDir: e.STATIC_DIR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    appSecret: e.APP_SECRET,
    publicStatusApi: e.PUBLIC_STATUS_API,
    alerts: {
      dispatchIntervalMs: e.ALERT_DISPATCH_INTERVAL_MS,
      evaluateIntervalMs: e.ALERT_EVALUATE_INTERVAL_MS,
      maxAttempts: e.ALERT_MAX_ATTEMPTS,
      retryBaseMs: e.ALERT_RETRY_BASE_MS,
      sendTimeoutMs: e.ALERT_SEND_TIMEOUT_MS,
      catchUpIntervalMs: e.ALERT_CATCH_UP_INTERVAL_MS,
      replayMaxAgeHours: e.ALERT_REPLAY_MAX_AGE_HOURS,
      telegramApiUrl: e.TELEGRAM_API_URL.replace(/\/+$/, ''),
      pagerdutyEventsUrl: e.PAGERDUTY_EVENTS_URL,
    },
    rawRetentionDays: e.RAW_RETENTION_DAYS,
    rollupRetentionDays: e.ROLLUP_RETENTION_DAYS,
    rollupIntervalSeconds: e.ROLLUP_INTERVAL_SECONDS,
    configPath: e.CONFIG_PATH,
    collector: e.COLLECTOR,
    targetBaseUrls: parseBaseUrls(e.TARGET_BASE_URLS),
    targetTimeoutMs: e.TARGET_TIMEOUT_MS,
    jwtSecret: e.JWT_SECRET,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    publicUrl: e.PUBLIC_URL,
    eventsHeartbeatSeconds: e.EVENTS_HEARTBEAT_SECONDS,
    checks: {
      enabled: e.CHECKS,
      maxConcurrent: e.MAX_CONCURRENT_CHECKS,
      maxPerHost: e.MAX_CHECKS_PER_HOST,
      blockPrivateTargets: e.BLOCK_PRIVATE_TARGETS,
      resultBufferMax: e.RESULT_BUFFER_MAX,
    },
    heartbeatSweepSeconds: e.HEARTBEAT_SWEEP_SECONDS,
  };
}

function parseBaseUrls(list: string | undefined): Record<string, string> {
  if (!list) return {};
  return Object.fromEntries(
    list.split(',').map((pair) => {
      const [name, ...url] = pair.trim().split('=');
      return [name!, url.join('=')];
    }),
  );
}

function redact(name: string, value: string): string {
  return /SECRET|PASSWORD|URL|TOKEN|KEY/.test(name) ? '***' : value;
}

/** For the entry points (server, collector): the configuration, or the bad variables printed and exit 1. */
export function loadConfigOrExit(env: Record<string, string | undefined>): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
