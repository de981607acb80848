import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from '../../src/checks/check.events.js';
import { LiveEventsService } from '../../src/events/live-events.service.js';
import { createTestApp, type TestApp } from '../app.js';
import { makeEndpoint } from '../endpoints/endpoint-factory.js';

interface Received {
  at: number;
  event?: string;
  data?: any;
  comment?: string;
}

/** A real HTTP client reading the stream and splitting it into frames as they arrive. */
async function openStream(port: number, headers: Record<string, string>) {
  const received: Received[] = [];
  let buffer = '';
  const request = http.get({
    host: '127.0.0.1',
    port,
    path: '/api/v1/events',
    headers: { accept: 'text/event-stream', ...headers },
  });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    request.on('response', resolve);
    request.on('error', reject);
  });
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const item: Received = { at: Date.now() };
      for (const line of frame.split('\n')) {
        if (line.startsWith(': ')) item.comment = line.slice(2);
        else if (line.startsWith('event: ')) item.event = line.slice(7);
        else if (line.startsWith('data: ')) item.data = JSON.parse(line.slice(6));
      }
      received.push(item);
    }
  });
  const ended = new Promise<void>((resolve) => response.on('close', () => resolve()));
  return { response, received, close: () => request.destroy(), ended };
}

async function until<T>(what: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = what();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const check = (
  endpointId: number,
  latencyMs: number,
  status: CheckCompletedEvent['status'] = 'UP',
): CheckCompletedEvent => ({
  endpointId,
  checkResultId: latencyMs,
  checkedAt: new Date(),
  ok: status !== 'DOWN',
  degraded: false,
  status,
  statusCode: status === 'DOWN' ? 500 : 200,
  latencyMs,
  errorKind: null,
  errorMessage: null,
});

describe('GET /api/v1/events (Server-Sent Events)', () => {
  let t: TestApp;
  let port: number;
  let emitter: EventEmitter2;
  beforeAll(async () => {
    t = await createTestApp({ EVENTS_HEARTBEAT_SECONDS: '1' });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    emitter = t.app.get(EventEmitter2);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers with an event stream that is not cached or buffered', async () => {
    const stream = await openStream(port, await t.auth('viewer'));
    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(stream.response.headers['cache-control']).toContain('no-cache');
      expect(stream.response.headers['x-accel-buffering']).toBe('no');
      await until(() => stream.received.find((r) => r.comment === 'connected'));
    } finally {
      stream.close();
    }
  });

  it('coalesces a burst of checks into few messages carrying the latest check per endpoint', async () => {
    const stream = await openStream(port, await t.auth('viewer'));
    try {
      await until(() => stream.received.length > 0);
      const started = Date.now();
      for (let i = 1; i <= 300; i += 1) {
        await emitter.emitAsync(CHECK_COMPLETED, check((i % 3) + 1, i, i === 300 ? 'DOWN' : 'UP'));
      }
      await until(() => {
        const seen = stream.received.filter((r) => r.event === 'checks').flatMap((r) => r.data.checks);
        return seen.some((c: { latency_ms: number }) => c.latency_ms === 300) || undefined;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const messages = stream.received.filter((r) => r.event === 'checks');
      // 300 checks became a handful of messages; a second holds at most two flushes.
      expect(messages.length).toBeGreaterThanOrEqual(1);
      expect(messages.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 500) + 1);
      const last = new Map<number, any>();
      for (const message of messages) for (const c of message.data.checks) last.set(c.endpoint_id, c);
      expect(last.get(1)).toEqual({ endpoint_id: 1, status: 'DOWN', latency_ms: 300, checked_at: expect.any(String) });
      expect(last.get(2).latency_ms).toBe(298);
      expect(last.get(3).latency_ms).toBe(299);
      for (const message of messages) {
        const ids = message.data.checks.map((c: { endpoint_id: number }) => c.endpoint_id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    } finally {
      stream.close();
    }
  });

  it('sends every state change, in order', async () => {
    const stream = await openStream(port, await t.auth('viewer'));
    try {
      await until(() => stream.received.length > 0);
      const change = (from: 'UP' | 'DOWN', to: 'UP' | 'DOWN', id: number): EndpointStateChangedEvent => ({
        endpointId: 7,
        endpointName: 'Orders',
        url: 'https://orders.test',
        tags: [],
        from,
        to,
        at: new Date(),
        reason: 'status 500',
        stateChangeId: id,
        check: null,
      });
      await emitter.emitAsync(ENDPOINT_STATE_CHANGED, change('UP', 'DOWN', 1));
      await emitter.emitAsync(ENDPOINT_STATE_CHANGED, change('DOWN', 'UP', 2));
      const changes = await until(() => {
        const all = stream.received.filter((r) => r.event === 'state').flatMap((r) => r.data.changes);
        return all.length >= 2 ? all : undefined;
      });
      expect(changes).toMatchObject([
        { endpoint_id: 7, endpoint_name: 'Orders', from: 'UP', to: 'DOWN', reason: 'status 500' },
        { endpoint_id: 7, from: 'DOWN', to: 'UP' },
      ]);
    } finally {
      stream.close();
    }
  });

  it('tells clients about endpoint definition changes made through the API', async () => {
    const stream = await openStream(port, await t.auth('viewer'));
    try {
      await until(() => stream.received.length > 0);
      const created = await makeEndpoint(t);
      const message = await until(() => stream.received.find((r) => r.event === 'endpoint'));
      expect(message.data.changes).toEqual([{ endpoint_id: created.id, change: 'created', at: expect.any(String) }]);
    } finally {
      stream.close();
    }
  });

  it('sends heartbeat comments on the configured interval', async () => {
    const stream = await openStream(port, await t.auth('viewer'));
    try {
      const beats = await until(() => {
        const found = stream.received.filter((r) => r.comment === 'heartbeat');
        return found.length >= 2 ? found : undefined;
      }, 4_000);
      expect(beats[1]!.at - beats[0]!.at).toBeGreaterThan(700);
    } finally {
      stream.close();
    }
  });

  it('forgets a client that disconnects and stops sending to it', async () => {
    const live = t.app.get(LiveEventsService);
    const a = await openStream(port, await t.auth('viewer'));
    const b = await openStream(port, await t.auth('viewer'));
    await until(() => (live.clientCount === 2 ? true : undefined));
    a.close();
    await until(() => (live.clientCount === 1 ? true : undefined));
    await emitter.emitAsync(CHECK_COMPLETED, check(42, 5));
    await until(() => b.received.find((r) => r.event === 'checks'));
    b.close();
    await until(() => (live.clientCount === 0 ? true : undefined));
  });

  it('ends open streams when the app shuts down', async () => {
    const own = await createTestApp();
    await own.app.listen(0, '127.0.0.1');
    const stream = await openStream((own.app.getHttpServer().address() as AddressInfo).port, await own.auth('viewer'));
    await until(() => stream.received.length > 0);
    await own.close();
    await stream.ended;
  });
});
