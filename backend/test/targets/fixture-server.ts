import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureBody, MANIFEST } from './vendor-fixtures.js';

export interface Scenario {
  status: number;
  contentType?: string;
  body: Buffer | string;
  /** Answers 304 to a request carrying this ETag, and sends it with 200s. */
  etag?: string;
  /** Waits this long before answering (timeouts). */
  delayMs?: number;
}

/** Where each built-in target reads its document, below its base URL. */
export const DOCUMENT_PATHS: Record<string, string> = {
  github: '/api/v2/summary.json',
  zoom: '/api/v2/summary.json',
  slack: '/api/v2.0.0/current',
  gitlab: '/1.0/status/5b36dc6502d06804c08349f7',
  aws: '/public/currentevents',
  gcp: '/incidents.json',
  'azure-devops': '/_apis/status/health',
};

/**
 * A local stand-in for the vendors' status pages on 127.0.0.1 (port 0). Each built-in target gets
 * the base URL `<server>/<name>`; a test switches what any path answers (a recorded fixture, an
 * error page, a hang) and reads the requests that came in.
 */
export class FixtureServer {
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  private readonly scenarios = new Map<string, Scenario>();
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FixtureServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const self = new FixtureServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req, res) => self.handle(req, res));
    server.on('connection', (socket) => {
      self.sockets.add(socket);
      socket.on('close', () => self.sockets.delete(socket));
    });
    return self;
  }

  /** TARGET_BASE_URLS pointing every built-in target at this server. */
  baseUrls(names = Object.keys(DOCUMENT_PATHS)): string {
    return names.map((name) => `${name}=${this.url}/${name}`).join(',');
  }

  /** Serves a recorded fixture (its status and content type from the manifest) for a target. */
  serve(target: string, fixture: string, extra: Partial<Scenario> = {}): void {
    const meta = MANIFEST[fixture]!;
    this.set(`/${target}${DOCUMENT_PATHS[target] ?? ''}`, {
      status: meta.http_status,
      contentType: meta.content_type,
      body: fixtureBody(fixture),
      ...extra,
    });
  }

  set(path: string, scenario: Scenario): void {
    this.scenarios.set(path, scenario);
  }

  requestsTo(target: string) {
    return this.requests.filter((r) => r.path.startsWith(`/${target}/`));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.requests.push({ path, headers: req.headers });
    const scenario = this.scenarios.get(path);
    if (!scenario) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no scenario for this path');
      return;
    }
    const answer = () => {
      if (scenario.etag && req.headers['if-none-match'] === scenario.etag) {
        res.writeHead(304, { etag: scenario.etag }).end();
        return;
      }
      const headers: Record<string, string> = {};
      if (scenario.contentType) headers['content-type'] = scenario.contentType;
      if (scenario.etag) headers.etag = scenario.etag;
      res.writeHead(scenario.status, headers).end(scenario.body);
    };
    if (scenario.delayMs) setTimeout(answer, scenario.delayMs).unref();
    else answer();
  }
}
