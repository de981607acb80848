import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** ok: 200 JSON; slow: 200 after `slowMs`; 500: an error answer; down: nothing listens (refused). */
export type TargetMode = 'ok' | 'slow' | '500' | 'down';

/**
 * A monitored API that a test controls: one port for its whole life (port 0 on 127.0.0.1, chosen
 * at start), switched between behaviours instead of sleeping and hoping. "down" really closes the
 * listening socket, so checks see a refused connection, as when a service is stopped.
 */
export class TargetServer {
  private server?: Server;
  private mode: TargetMode = 'ok';
  hits = 0;

  private constructor(
    private port: number,
    private readonly slowMs: number,
  ) {}

  static async start(options: { slowMs?: number } = {}): Promise<TargetServer> {
    const target = new TargetServer(0, options.slowMs ?? 1_500);
    await target.listen();
    return target;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/health`;
  }

  async setMode(mode: TargetMode): Promise<void> {
    this.mode = mode;
    if (mode === 'down') await this.close();
    else if (!this.server) await this.listen();
  }

  async stop(): Promise<void> {
    await this.close();
  }

  private async listen(): Promise<void> {
    const server = createServer((_req, res) => {
      this.hits += 1;
      const answer = () => {
        const failing = this.mode === '500';
        res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: failing ? 'fail' : 'pass' }));
      };
      if (this.mode === 'slow') setTimeout(answer, this.slowMs);
      else answer();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
