import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
}

async function waitForCount<T>(list: T[], count: number, what: string, timeoutMs: number): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  while (list.length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} ${what}, got ${list.length}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return list;
}

export type Reply = { status: number; body?: string; contentType?: string };

/**
 * A local HTTP receiver standing in for Slack, Discord, Teams, Telegram, PagerDuty or a webhook. Tests
 * switch its answer (`reply`), or make it refuse connections (`refuse()`, then `accept()` on the same port).
 */
export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  reply: Reply | ((req: ReceivedRequest) => Reply) = { status: 200, body: 'ok' };
  private server: Server;
  port = 0;

  private constructor() {
    this.server = this.makeServer();
  }

  static async start(reply?: HttpReceiver['reply']): Promise<HttpReceiver> {
    const receiver = new HttpReceiver();
    if (reply) receiver.reply = reply;
    await receiver.listen(0);
    return receiver;
  }

  url(path = '/'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Stops listening: connections to the port are refused until accept(). */
  async refuse(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  async accept(): Promise<void> {
    this.server = this.makeServer();
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    if (this.server.listening) await this.refuse();
  }

  /** Waits until `count` requests have arrived (or fails after timeoutMs). */
  waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedRequest[]> {
    return waitForCount(this.requests, count, 'requests', timeoutMs);
  }

  private makeServer(): Server {
    return createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        const received = { method: req.method!, path: req.url!, headers: req.headers, body, json };
        this.requests.push(received);
        const reply = typeof this.reply === 'function' ? this.reply(received) : this.reply;
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'text/plain' });
        res.end(reply.body ?? '');
      });
    });
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }
}

export interface ReceivedMail {
  from: string;
  to: string[];
  user: string | undefined;
  /** Whether the session was encrypted (implicit TLS or after STARTTLS). */
  secure: boolean;
  mail: ParsedMail;
}

/**
 * TLS of the SMTP receiver: `implicit` = TLS from the first byte (port 465 style); `starttls` = plain
 * until STARTTLS, and no AUTH or MAIL before it.
 */
export interface SmtpTls {
  mode: 'implicit' | 'starttls';
  key: string;
  cert: string;
}

/**
 * An in-process SMTP server that parses every message it receives: plain (STARTTLS disabled, AUTH
 * allowed without TLS) unless `tls` is given.
 */
export class SmtpReceiver {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    readonly mails: ReceivedMail[],
  ) {}

  static async start(credentials = { user: 'alerts', password: 'smtp-pass' }, tls?: SmtpTls): Promise<SmtpReceiver> {
    const mails: ReceivedMail[] = [];
    const server = new SMTPServer({
      ...(tls
        ? { secure: tls.mode === 'implicit', key: tls.key, cert: tls.cert, allowInsecureAuth: false }
        : { secure: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true }),
      authOptional: true,
      logger: false,
      onMailFrom(_address, session, callback) {
        if (tls && !session.secure) callback(new Error('Must issue a STARTTLS command first'));
        else callback();
      },
      onAuth(auth, _session, callback) {
        if (auth.username === credentials.user && auth.password === credentials.password)
          callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              user: session.user as string | undefined,
              secure: session.secure,
              mail,
            });
            callback();
          })
          .catch(callback);
      },
    });
    // A client refusing the certificate aborts the handshake: the server reports it as an 'error' event.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    return new SmtpReceiver(server, port, mails);
  }

  waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    return waitForCount(this.mails, count, 'mails', timeoutMs);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
