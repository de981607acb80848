import { createServer, type Server } from 'node:net';
import type { CheckTarget } from '../../src/checks/check-target.js';
import { MAX_BODY_BYTES, probe } from '../../src/checks/probe.js';
import { startTarget, type TargetServer } from '../servers/target.js';

const target = (url: string, over: Partial<CheckTarget> = {}): CheckTarget => ({
  url,
  method: 'GET',
  headers: [],
  body: null,
  contentType: null,
  timeoutMs: 2_000,
  expectedStatus: ['200-399'],
  assertions: [],
  healthBody: false,
  retries: 0,
  degradedAboveMs: null,
  followRedirects: true,
  verifyTls: true,
  ...over,
});
const run = (t: CheckTarget, blockPrivate = false) => probe(t, { blockPrivate });

describe('probe against real local servers', () => {
  let server: TargetServer;
  let tlsServer: TargetServer;
  beforeAll(async () => {
    server = await startTarget();
    tlsServer = await startTarget({ tls: true });
  });
  afterAll(async () => {
    await server.close();
    await tlsServer.close();
  });

  it('200: ok, with status, latency, phases and size', async () => {
    const result = await run(target(`${server.url}/ok`));
    expect(result).toMatchObject({
      ok: true,
      degraded: false,
      statusCode: 200,
      errorKind: null,
      errorMessage: null,
      attempts: 1,
    });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.connectMs).toBeGreaterThanOrEqual(0);
    expect(result.ttfbMs).toBeGreaterThanOrEqual(0);
    expect(result.dnsMs).toBeNull(); // an IP literal needs no lookup
    expect(result.tlsMs).toBeNull();
    expect(result.sizeBytes).toBe(JSON.stringify({ status: 'healthy', service: 'my-api' }).length);
  });

  it('resolves localhost and measures the DNS phase', async () => {
    const result = await run(target(`http://localhost:${server.port}/ok`));
    expect(result.ok).toBe(true);
    expect(result.dnsMs).toBeGreaterThanOrEqual(0);
  });

  it('500: a status failure naming the code', async () => {
    const result = await run(target(`${server.url}/status/500`));
    expect(result).toMatchObject({
      ok: false,
      statusCode: 500,
      errorKind: 'status',
      errorMessage: 'status 500, expected 200-399',
    });
  });

  it('slower than the timeout: timeout, within about the timeout', async () => {
    const result = await run(target(`${server.url}/slow?ms=3000`, { timeoutMs: 300 }));
    expect(result).toMatchObject({ ok: false, errorKind: 'timeout', statusCode: null });
    expect(result.errorMessage).toContain('300 ms');
    expect(result.latencyMs).toBeGreaterThanOrEqual(290);
    expect(result.latencyMs).toBeLessThan(2_000);
  });

  it('connection refused', async () => {
    const closed = await startTarget();
    await closed.close();
    const result = await run(target(`${closed.url}/ok`));
    expect(result).toMatchObject({ ok: false, errorKind: 'refused' });
    expect(result.errorMessage).toContain('ECONNREFUSED');
  });

  it('connection reset mid-body', async () => {
    const result = await run(target(`${server.url}/reset`));
    expect(result).toMatchObject({ ok: false, errorKind: 'reset' });
  });

  it('a server that accepts and closes without answering is a reset', async () => {
    const rude: Server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => rude.listen(0, '127.0.0.1', resolve));
    const port = (rude.address() as { port: number }).port;
    try {
      const result = await run(target(`http://127.0.0.1:${port}/`));
      expect(result).toMatchObject({ ok: false, errorKind: 'reset' });
    } finally {
      rude.close();
    }
  });

  it('follows a redirect chain of 3 hops and records them', async () => {
    const result = await run(target(`${server.url}/redirect/3`));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(result.details?.redirects).toEqual([
      `${server.url}/redirect/2`,
      `${server.url}/redirect/1`,
      `${server.url}/ok`,
    ]);
  });

  it('stops after 5 redirects', async () => {
    const result = await run(target(`${server.url}/redirect/7`));
    expect(result).toMatchObject({ ok: false, errorKind: 'other', errorMessage: 'more than 5 redirects' });
  });

  it('detects a redirect loop', async () => {
    const result = await run(target(`${server.url}/loop/a`));
    expect(result).toMatchObject({ ok: false, errorKind: 'other' });
    expect(result.errorMessage).toContain('redirect loop');
  });

  it('does not follow redirects when told not to: the 302 is the result', async () => {
    const result = await run(target(`${server.url}/redirect/1`, { followRedirects: false }));
    expect(result).toMatchObject({ ok: true, statusCode: 302 });
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://[fd00:ec2::254]/',
    'http://100.100.100.200/',
  ])('refuses a redirect to the metadata address %s', async (to) => {
    const result = await run(target(`${server.url}/to?url=${encodeURIComponent(to)}`));
    expect(result).toMatchObject({ ok: false, errorKind: 'blocked' });
    expect(result.errorMessage).toContain('refused to connect');
  });

  it('refuses the metadata address directly, and loopback only when private targets are blocked', async () => {
    expect((await run(target('http://169.254.169.254/'))).errorKind).toBe('blocked');
    expect((await run(target(`${server.url}/ok`), true)).errorKind).toBe('blocked');
    expect((await run(target(`http://localhost:${server.port}/ok`), true)).errorKind).toBe('blocked');
    expect((await run(target(`${server.url}/ok`), false)).ok).toBe(true);
  });

  it('refuses schemes other than http and https', async () => {
    const result = await run(target('file:///etc/passwd'));
    expect(result).toMatchObject({ ok: false, errorKind: 'blocked' });
  });

  it('self-signed TLS fails with verify_tls', async () => {
    const result = await run(target(`${tlsServer.url}/ok`));
    expect(result).toMatchObject({ ok: false, errorKind: 'tls' });
    expect(result.errorMessage).toMatch(/self[- ]signed/i);
  });

  it('self-signed TLS passes without verify_tls and records the certificate', async () => {
    const result = await run(target(`${tlsServer.url}/ok`, { verifyTls: false }));
    expect(result).toMatchObject({ ok: true, statusCode: 200 });
    expect(result.tlsMs).toBeGreaterThanOrEqual(0);
    expect(result.certExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    expect(result.details?.tls).toMatchObject({ issuer: 'apimon test', authorized: false });
  });

  it('caps a 5 MiB body at 1 MiB: fine without body rules, too_large with them', async () => {
    const plain = await run(target(`${server.url}/big`));
    expect(plain).toMatchObject({ ok: true, sizeBytes: MAX_BODY_BYTES });
    expect(plain.details?.body_truncated).toBe(true);
    const json = await run(
      target(`${server.url}/big`, { assertions: [{ type: 'json_path', path: '$.a', op: 'exists' }] }),
    );
    expect(json).toMatchObject({ ok: false, errorKind: 'too_large', sizeBytes: MAX_BODY_BYTES });
  });

  it('evaluates JSON assertions on the body', async () => {
    const passing = await run(
      target(`${server.url}/ok`, {
        assertions: [{ type: 'json_path', path: '$.status', op: 'equals', value: 'healthy' }],
      }),
    );
    expect(passing.ok).toBe(true);
    const failing = await run(
      target(`${server.url}/ok`, {
        assertions: [
          { type: 'json_path', path: '$.service', op: 'equals', value: 'my-api' },
          { type: 'json_path', path: '$.status', op: 'one_of', values: ['pass', 'ok'] },
        ],
      }),
    );
    expect(failing).toMatchObject({
      ok: false,
      errorKind: 'assertion',
      errorMessage: '$.status is "healthy", expected one of ["pass","ok"]',
    });
    expect(failing.details?.failed_assertions).toEqual([
      { index: 1, type: 'json_path', message: failing.errorMessage },
    ]);
  });

  it.each([
    ['pass', true, false],
    ['warn', true, true],
    ['fail', false, false],
  ])('reads a health body with status %s', async (status, ok, degraded) => {
    const result = await run(target(`${server.url}/json?status=${status}`, { healthBody: true }));
    expect({ ok: result.ok, degraded: result.degraded }).toEqual({ ok, degraded });
  });

  it('a name under .invalid fails fast as dns', async () => {
    const started = Date.now();
    const result = await run(target('http://apimon-check.invalid/'));
    expect(result).toMatchObject({ ok: false, errorKind: 'dns' });
    expect(result.errorMessage).toContain('apimon-check.invalid');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('sends the method and headers, and drops Authorization on a cross-origin redirect', async () => {
    const other = await startTarget();
    try {
      const headers = [{ name: 'Authorization', value: 'Bearer s3cret' }];
      const same = await run(
        target(`${server.url}/echo`, {
          headers,
          method: 'POST',
          body: '{}',
          contentType: 'application/json',
          assertions: [{ type: 'json_path', path: '$.authorization', op: 'equals', value: 'Bearer s3cret' }],
        }),
      );
      expect(same.ok).toBe(true);
      const cross = await run(
        target(`${server.url}/to?url=${encodeURIComponent(`http://localhost:${other.port}/echo`)}`, {
          headers,
          assertions: [{ type: 'json_path', path: '$.authorization', op: 'equals', value: null }],
        }),
      );
      expect(cross.ok).toBe(true);
    } finally {
      await other.close();
    }
  });
});
