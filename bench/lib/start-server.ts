/**
 * The one way a benchmark runs apimon: the built server (backend/dist/main.js) in its own process,
 * production mode, fixed bench secrets and a first admin, waited on until /health answers.
 * Every bench under bench/ starts its server through here, so a new required setting is added once.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../backend/test/servers/free-port.js';

export const MAIN = fileURLToPath(new URL('../../backend/dist/main.js', import.meta.url));

/**
 * The server runs with the NODE_OPTIONS default of the root package.json's start script (the heap cap
 * apimon ships with), unless the bench's own NODE_OPTIONS says otherwise.
 */
function startScriptNodeOptions(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const match = /\$\{NODE_OPTIONS:-([^}]*)\}/.exec(pkg.scripts.start);
  if (!match) throw new Error('package.json start script: no NODE_OPTIONS default found');
  return match[1]!;
}

/** Production refuses to start without these; benches use fixed ones. */
export const BENCH_SECRETS = {
  APP_SECRET: 'bench-app-secret-0123456789abcdef0123456789',
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
};
export const BENCH_ADMIN = { email: 'bench-admin@apimon.test', password: 'bench-admin-password-0123' };

export interface BenchServer {
  base: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after 60 s; resolves with the exit code (null if killed) and how long it took. */
  stop(): Promise<{ code: number | null; ms: number }>;
}

export interface StartOptions {
  /** Keep the same port across restarts (the bench's targets and URLs stay valid). */
  port?: number;
  stdio?: StdioOptions;
  /** Extra node flags; APIMON_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is added too. */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** DATABASE_URL from the bench's own environment, when set (else the server uses PGlite in DATA_DIR). */
export function databaseFromEnv(): Record<string, string> {
  return process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {};
}

export async function startServer(env: Record<string, string>, options: StartOptions = {}): Promise<BenchServer> {
  const port = options.port ?? (await freePort());
  const nodeArgs = [...(options.nodeArgs ?? []), ...(process.env.APIMON_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_OPTIONS: process.env.NODE_OPTIONS ?? startScriptNodeOptions(),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      STATIC_DIR: '/nonexistent',
      COLLECTOR: 'off',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      // A bench is one client making thousands of calls (creating 20,000 endpoints, say).
      RATE_LIMIT_PER_MINUTE: '0',
      ...BENCH_SECRETS,
      ...env,
      PORT: String(port),
    },
    stdio: options.stdio ?? ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    const started = Date.now();
    if (child.exitCode !== null) return { code: child.exitCode, ms: 0 };
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 60_000))]);
    if (code === null && child.exitCode === null) child.kill('SIGKILL');
    return { code, ms: Date.now() - started };
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`apimon exited with code ${child.exitCode} before /health answered`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, port, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`apimon /health did not answer within ${options.timeoutMs ?? 120_000} ms`);
}

/** Signs in as the bench admin; returns the Authorization header for API calls. */
export async function adminHeaders(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`bench login failed: ${res.status} ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${body.access_token}` };
}
