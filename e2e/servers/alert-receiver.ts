import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  json: unknown;
}

/**
 * A local webhook receiver for alert journeys (it records every POST and answers 200), which also
 * serves `/target`, a monitored API that fails (500) so that apimon's checks go DOWN.
 */
export class AlertReceiver {
  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly received: Received[],
  ) {}

  static async start(): Promise<AlertReceiver> {
    const received: Received[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/target') {
          res.writeHead(500, { 'content-type': 'text/plain' }).end('broken on purpose');
          return;
        }
        const body = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = body;
        }
        received.push({ path: req.url ?? '/', headers: req.headers, json });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new AlertReceiver(server, (server.address() as AddressInfo).port, received);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
