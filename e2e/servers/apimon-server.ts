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

/** The real built apimon (API + SPA in one process) on a free port, with a fresh embedded database. */
export class ApimonServer {
  private child?: ChildProcess;
  private logs = '';
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
   * Headers that authenticate API calls (seeding data from a test) as a user with this role.
   * Contract for the feature work: until the auth issue lands this returns no headers; the auth work
   * makes it return real credentials, so tests written before it keep working after it.
   */
  async authHeaders(_role: 'viewer' | 'editor' | 'admin' = 'admin'): Promise<Record<string, string>> {
    return {};
  }

  /**
   * Signs a browser page in as a user with this role, then leaves it on `path` (default /).
   * Contract: a plain navigation until the auth issue lands; afterwards a real login.
   */
  async signIn(page: Page, _role: 'viewer' | 'editor' | 'admin' = 'admin', path = '/'): Promise<void> {
    await page.goto(path);
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
