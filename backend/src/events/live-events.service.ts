import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { Response } from 'express';
import {
  CHECK_COMPLETED,
  ENDPOINT_STATE_CHANGED,
  type CheckCompletedEvent,
  type EndpointStateChangedEvent,
} from '../checks/check.events.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { ENDPOINT_CHANGED, type EndpointChangedEvent } from '../endpoints/endpoint.events.js';
import { LiveBatch, sseComment } from './live-batch.js';

/** How often pending updates go out: at most two flushes a second, each one event per kind. */
export const FLUSH_INTERVAL_MS = 500;
/** A client this far behind (bytes buffered) is cut off; it reconnects and refetches. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * The live stream's hub: collects domain events into one shared batch and writes it to every
 * connected client on a timer (serialised once, not once per client), plus heartbeat comments.
 * Timers run only while someone listens.
 */
@Injectable()
export class LiveEventsService implements OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  private readonly clients = new Set<Response>();
  private batch = new LiveBatch();
  private flushTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get clientCount(): number {
    return this.clients.size;
  }

  /** Takes over an HTTP response as an event stream until the client goes away. */
  attach(res: Response): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // nginx and similar proxies buffer responses unless told not to.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write(`retry: 3000\n${sseComment('connected')}`);
    this.clients.add(res);
    res.on('close', () => this.detach(res));
    this.startTimers();
  }

  @OnEvent(CHECK_COMPLETED)
  onCheck(event: CheckCompletedEvent): void {
    if (this.clients.size) this.batch.addCheck(event);
  }

  @OnEvent(ENDPOINT_STATE_CHANGED)
  onStateChange(event: EndpointStateChangedEvent): void {
    if (this.clients.size) this.batch.addStateChange(event);
  }

  @OnEvent(ENDPOINT_CHANGED)
  onEndpointChange(event: EndpointChangedEvent): void {
    if (this.clients.size) this.batch.addEndpointChange(event);
  }

  onModuleDestroy(): void {
    // Open streams would keep the HTTP server from closing.
    for (const res of this.clients) res.end();
    this.clients.clear();
    this.stopTimers();
  }

  private flush(): void {
    if (this.batch.empty) return;
    const text = this.batch.drain();
    this.broadcast(text);
  }

  private broadcast(text: string): void {
    for (const res of this.clients) {
      if (res.writableLength > MAX_BUFFERED_BYTES) {
        this.logger.warn('a live events client fell too far behind; closing its stream');
        res.end();
        this.detach(res);
        continue;
      }
      res.write(text);
    }
  }

  private detach(res: Response): void {
    this.clients.delete(res);
    if (this.clients.size === 0) {
      this.stopTimers();
      this.batch = new LiveBatch();
    }
  }

  private startTimers(): void {
    if (this.flushTimer) return;
    this.flushTimer = setInterval(() => this.flush(), FLUSH_INTERVAL_MS).unref();
    this.heartbeatTimer = setInterval(
      () => this.broadcast(sseComment('heartbeat')),
      this.config.eventsHeartbeatSeconds * 1000,
    ).unref();
  }

  private stopTimers(): void {
    clearInterval(this.flushTimer);
    clearInterval(this.heartbeatTimer);
    this.flushTimer = undefined;
    this.heartbeatTimer = undefined;
  }
}
