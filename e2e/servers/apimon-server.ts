import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(ROOT, 'backend/dist/main.js');
const STATIC_DIR = path.join(ROOT, 'frontend/dist');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type Role = 'viewer' | 'editor' | 'admin';

/** The admin the server creates at start-up (ADMIN_EMAIL / ADMIN_PASSWORD); other roles get `<role>@e2e.local`. */
export const E2E_ADMIN = { email: 'admin@e2e.local', password: 'e2e-admin-password-0123' };
export const E2E_PASSWORD = 'e2e-user-password-0123';
const E2E_JWT_SECRET = 'e2e-jwt-secret-0123456789abcdef0123456789';

/**
 * The real built apimon (API + SPA in one process) on a free port, with a fresh embedded database.
 * It runs with NODE_ENV=production, so it gets a JWT_SECRET, and its first admin from ADMIN_EMAIL /
 * ADMIN_PASSWORD (pass `{ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }` to start without users: first-run setup).
 */
export class ApimonServer {
  private child?: ChildProcess;
  private logs = '';
  private readonly users = new Map<Role, Promise<Record<string, string>>>();
  readonly baseUrl: string;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  static async start(env: Record<string, string> = {}): Promise<ApimonServer> {
    for (const file of [MAIN, path.join(STATIC_DIR, 'index.html')]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" at the root first`);
    }
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'apimon-e2e-'));
    const server = new ApimonServer(await freePort(), dataDir, env);
    await server.boot();
    return server;
  }

  /** Stops and starts the same installation again (same data folder): what a user's restart does. */
  async restart(): Promise<void> {
    await this.stop();
    await this.boot();
  }

  private async boot(): Promise<void> {
    this.child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        DATA_DIR: this.dataDir,
        STATIC_DIR,
        JWT_SECRET: E2E_JWT_SECRET,
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        // Tests seed through one user's token at machine speed; the limit itself is tested in the backend.
        RATE_LIMIT_PER_MINUTE: '0',
        // Never poll the real vendors' status pages from a test; public-services tests turn it on locally.
        COLLECTOR: 'off',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.logs += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.logs += chunk.toString()));
    // A fresh embedded database takes ~3 s to create on an idle machine, over 30 s on a loaded CI box.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`apimon exited with ${this.child.exitCode}:\n${this.logs}`);
      try {
        if ((await fetch(`${this.baseUrl}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`apimon did not become healthy in 90 s:\n${this.logs}`);
  }

  /**
   * Headers that authenticate API calls (seeding data from a test) as a user with this role: the admin
   * from ADMIN_EMAIL, other roles created by that admin through the API. Cached per role.
   */
  async authHeaders(role: Role = 'admin'): Promise<Record<string, string>> {
    let headers = this.users.get(role);
    if (!headers) {
      headers = this.createAndLogIn(role);
      this.users.set(role, headers);
      headers.catch(() => this.users.delete(role));
    }
    return headers;
  }

  /** The email and password of the user authHeaders(role) / signIn(role) uses. */
  credentials(role: Role): { email: string; password: string } {
    return role === 'admin' ? E2E_ADMIN : { email: `${role}@e2e.local`, password: E2E_PASSWORD };
  }

  /** Signs a browser page in through the login form as a user with this role, then leaves it on `path`. */
  async signIn(page: Page, role: Role = 'admin', path = '/'): Promise<void> {
    await this.authHeaders(role);
    const { email, password } = this.credentials(role);
    await page.goto(`/login?next=${encodeURIComponent(path)}`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const target = new URL(path, this.baseUrl);
    await page.waitForURL((url) => url.pathname === target.pathname);
  }

  private async createAndLogIn(role: Role): Promise<Record<string, string>> {
    const { email, password } = this.credentials(role);
    if (role !== 'admin') {
      const created = await this.api('POST', '/api/v1/users', await this.authHeaders('admin'), {
        email,
        password,
        name: `E2E ${role}`,
        role,
      });
      if (created.status !== 201 && created.status !== 409) {
        throw new Error(`creating the ${role} user failed: ${created.status} ${await created.text()}`);
      }
    }
    const login = await this.api('POST', '/api/v1/auth/login', {}, { email, password });
    if (login.status !== 200) throw new Error(`login as ${role} failed: ${login.status} ${await login.text()}`);
    const { access_token: token } = (await login.json()) as { access_token: string };
    return { Authorization: `Bearer ${token}` };
  }

  private api(method: string, path: string, headers: Record<string, string>, body: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
