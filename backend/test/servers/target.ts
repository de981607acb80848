import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

const TLS = {
  key: readFileSync(new URL('../fixtures/tls/key.pem', import.meta.url)),
  cert: readFileSync(new URL('../fixtures/tls/cert.pem', import.meta.url)),
};

export interface TargetServer {
  url: string;
  port: number;
  /** Requests that got a complete response, per path (without the query). */
  answered: Map<string, number>;
  totalAnswered: () => number;
  /** Requests currently being handled, per path, and the most seen at once. */
  maxConcurrentPerPath: Map<string, number>;
  close: () => Promise<void>;
}

/**
 * A monitored API on 127.0.0.1 (port 0) with one route per behaviour a check must recognise:
 * /ok, /status/<code>, /slow?ms=, /reset (drops the connection mid-body), /big (5 MiB),
 * /redirect/<n> (a chain of n hops to /ok), /loop/a ⇄ /loop/b, /to?url= (redirect anywhere),
 * /json (a health body), /health/<id> (counts per path, for scheduler tests).
 */
export async function startTarget(options: { tls?: boolean } = {}): Promise<TargetServer> {
  const answered = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxConcurrentPerPath = new Map<string, number>();
  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const current = (inFlight.get(path) ?? 0) + 1;
    inFlight.set(path, current);
    maxConcurrentPerPath.set(path, Math.max(maxConcurrentPerPath.get(path) ?? 0, current));
    res.on('close', () => inFlight.set(path, (inFlight.get(path) ?? 1) - 1));
    res.on('finish', () => answered.set(path, (answered.get(path) ?? 0) + 1));
    route(path, url, req, res);
  };
  const server = options.tls ? https.createServer(TLS, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    answered,
    totalAnswered: () => [...answered.values()].reduce((a, b) => a + b, 0),
    maxConcurrentPerPath,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(path: string, url: URL, req: http.IncomingMessage, res: http.ServerResponse): void {
  const json = (code: number, body: unknown) => {
    res.writeHead(code, { 'content-type': 'application/json', 'x-version': '1.2.3' });
    res.end(JSON.stringify(body));
  };
  const redirect = (location: string) => {
    res.writeHead(302, { location });
    res.end();
  };
  let m: RegExpExecArray | null;
  if (path === '/ok' || path.startsWith('/health/')) return json(200, { status: 'healthy', service: 'my-api' });
  if (path === '/json') return json(200, { status: url.searchParams.get('status') ?? 'pass', version: 3 });
  if ((m = /^\/status\/(\d{3})$/.exec(path))) return json(Number(m[1]), { status: 'fail' });
  if (path === '/slow') {
    const timer = setTimeout(() => json(200, { status: 'slow' }), Number(url.searchParams.get('ms') ?? 1000));
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (path === '/reset') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' });
    res.write('x'.repeat(1000));
    setTimeout(() => req.socket.destroy(), 20);
    return;
  }
  if (path === '/big') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 5 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    return pump();
  }
  if ((m = /^\/redirect\/(\d+)$/.exec(path))) {
    const n = Number(m[1]);
    return redirect(n <= 1 ? '/ok' : `/redirect/${n - 1}`);
  }
  if (path === '/loop/a') return redirect('/loop/b');
  if (path === '/loop/b') return redirect('/loop/a');
  if (path === '/to') return redirect(url.searchParams.get('url') ?? '/ok');
  if (path === '/echo') {
    return json(200, {
      method: req.method,
      authorization: req.headers.authorization ?? null,
      ua: req.headers['user-agent'],
    });
  }
  json(404, { error: 'not found' });
}
