import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The recorded vendor responses kept with the backend tests (see their RULES.md for the source). */
const FIXTURES = fileURLToPath(new URL('../../backend/test/fixtures/public-status/', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(`${FIXTURES}manifest.json`, 'utf8')) as Record<
  string,
  { http_status: number; content_type: string }
>;

/** Where each built-in target reads its document, below its base URL. */
const DOCUMENTS: Record<string, string> = {
  github: '/api/v2/summary.json',
  zoom: '/api/v2/summary.json',
  slack: '/api/v2.0.0/current',
  gitlab: '/1.0/status/5b36dc6502d06804c08349f7',
  aws: '/public/currentevents',
  gcp: '/incidents.json',
  'azure-devops': '/_apis/status/health',
};

/**
 * The vendors' status pages on 127.0.0.1 (port 0), serving recorded fixtures; a test switches what
 * a target answers (`serve('github', 'statuspage-github/summary-major-outage.json')`).
 */
export class StatusPagesServer {
  private readonly answers = new Map<string, { status: number; type: string; body: Buffer }>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<StatusPagesServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const self = new StatusPagesServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req, res) => {
      const answer = self.answers.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!answer) return res.writeHead(404).end();
      res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
    });
    return self;
  }

  /** TARGET_BASE_URLS for apimon: every built-in target pointed here. */
  baseUrls(): string {
    return Object.keys(DOCUMENTS)
      .map((name) => `${name}=${this.url}/${name}`)
      .join(',');
  }

  serve(target: string, fixture: string): void {
    const meta = MANIFEST[fixture];
    if (!meta || !DOCUMENTS[target]) throw new Error(`unknown target ${target} or fixture ${fixture}`);
    this.answers.set(`/${target}${DOCUMENTS[target]}`, {
      status: meta.http_status,
      type: meta.content_type,
      body: readFileSync(`${FIXTURES}${fixture}`),
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
