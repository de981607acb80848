import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  body: unknown;
}

type Handler = (req: Recorded, res: ServerResponse) => void;

/**
 * A real HTTP server on 127.0.0.1 (port 0) standing in for the backend in component tests. The
 * screens call relative paths ("/api/v1/…") as in the browser; jsdom has no origin server, so the
 * global fetch is pointed at this one for the duration of the test. apiFetch itself runs unchanged.
 */
export class LocalApi {
  readonly requests: Recorded[] = [];
  private routes: { method: string; path: RegExp; handler: Handler }[] = [];
  private server!: Server;
  private realFetch = globalThis.fetch;

  static async start(): Promise<LocalApi> {
    const api = new LocalApi();
    api.server = createServer((req, res) => void api.handle(req, res));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    globalThis.fetch = (input, init) =>
      api.realFetch(typeof input === 'string' && input.startsWith('/') ? base + input : input, init);
    return api;
  }

  /** Answer `method path` (path a string prefix before "?", or a RegExp) with JSON or a handler. */
  on(method: string, path: string | RegExp, answer: Handler | { status?: number; json: unknown }): this {
    const pattern =
      typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?|$)`) : path;
    const handler: Handler =
      typeof answer === 'function' ? answer : (_req, res) => json(res, answer.status ?? 200, answer.json);
    this.routes.unshift({ method, path: pattern, handler });
    return this;
  }

  async stop(): Promise<void> {
    globalThis.fetch = this.realFetch;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const recorded = { method: req.method ?? 'GET', url: req.url ?? '/', body: text ? JSON.parse(text) : undefined };
    this.requests.push(recorded);
    const route = this.routes.find((r) => r.method === recorded.method && r.path.test(recorded.url));
    if (route) route.handler(recorded, res);
    else json(res, 404, { error: { code: 'NotFound', message: `no route ${recorded.method} ${recorded.url}` } });
  }
}

export function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
