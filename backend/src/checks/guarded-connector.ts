import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import type { buildConnector } from 'undici';
import type { ErrorKind } from '../db/schema.js';
import { checkAddress } from './address-policy.js';

/** A failure the probe already knows the kind of (blocked address, DNS, TLS handshake, …). */
export class ProbeError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface CertificateFacts {
  expiresAt: Date | null;
  issuer: string | null;
  subject: string | null;
  authorized: boolean;
  authorizationError: string | null;
}

/** What the connector measured for the one connection of a hop. */
export interface ConnectionFacts {
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  /** performance.now() when the connection was ready for the request. */
  readyAt: number | null;
  remoteAddress: string | null;
  certificate: CertificateFacts | null;
  socket: net.Socket | null;
}

/**
 * An undici connector that resolves the name itself, refuses the connection if any resolved address
 * is not allowed (checked here, at connect time, so DNS rebinding and redirects cannot get around it),
 * and measures the DNS, TCP and TLS phases of a fresh connection.
 */
export function guardedConnector(
  facts: ConnectionFacts,
  options: { blockPrivate: boolean; verifyTls: boolean },
): buildConnector.connector {
  return (opts, callback) => {
    const done = once(callback);
    void connect(facts, options, opts).then(
      (socket) => done(null, socket),
      (error: Error) => done(error, null),
    );
  };
}

async function connect(
  facts: ConnectionFacts,
  options: { blockPrivate: boolean; verifyTls: boolean },
  opts: buildConnector.Options,
): Promise<net.Socket> {
  const hostname = opts.hostname.replace(/^\[|\]$/g, '');
  const https = opts.protocol === 'https:';
  const port = Number(opts.port) || (https ? 443 : 80);
  const started = performance.now();
  let addresses: { address: string; family: number }[];
  if (net.isIP(hostname)) {
    addresses = [{ address: hostname, family: net.isIP(hostname) }];
  } else {
    try {
      addresses = await lookup(hostname, { all: true, order: 'verbatim' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new ProbeError('dns', `DNS lookup of ${hostname} failed (${code})`);
    }
    facts.dnsMs = elapsed(started);
  }
  for (const { address } of addresses) {
    const verdict = checkAddress(address, options.blockPrivate);
    if (!verdict.allowed) throw new ProbeError('blocked', `refused to connect to ${hostname}: ${verdict.reason}`);
  }
  const address = addresses[0]!;
  facts.remoteAddress = address.address;
  const tcpStarted = performance.now();
  const socket = net.connect({ host: address.address, port, family: address.family, noDelay: true });
  facts.socket = socket;
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  } catch (error) {
    socket.destroy();
    throw error;
  }
  facts.connectMs = elapsed(tcpStarted);
  if (!https) {
    facts.readyAt = performance.now();
    return socket;
  }
  const tlsStarted = performance.now();
  const secure = tls.connect({
    socket,
    servername: net.isIP(hostname) ? undefined : hostname,
    rejectUnauthorized: options.verifyTls,
    ALPNProtocols: ['http/1.1'],
  });
  facts.socket = secure;
  try {
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
  } catch (error) {
    secure.destroy();
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProbeError('tls', `TLS handshake failed: ${(error as Error).message}${code ? ` (${code})` : ''}`);
  }
  facts.tlsMs = elapsed(tlsStarted);
  facts.certificate = certificateFacts(secure);
  facts.readyAt = performance.now();
  return secure;
}

function certificateFacts(socket: tls.TLSSocket): CertificateFacts {
  const cert = socket.getPeerCertificate();
  const name = (entity: Record<string, string | string[]> | undefined) => {
    if (!entity) return null;
    const value = entity.O ?? entity.CN;
    return (Array.isArray(value) ? value.join(', ') : value) ?? null;
  };
  return {
    expiresAt: cert.valid_to ? new Date(cert.valid_to) : null,
    issuer: name(cert.issuer as unknown as Record<string, string>),
    subject: name(cert.subject as unknown as Record<string, string>),
    authorized: socket.authorized,
    authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
  };
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

function once<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  let called = false;
  return (...args: A) => {
    if (called) return;
    called = true;
    fn(...args);
  };
}
