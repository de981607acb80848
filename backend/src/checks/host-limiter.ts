/**
 * Bounds running checks globally and per host. Callers over a limit wait in a FIFO per host (never
 * dropped); a freed slot goes round-robin to the hosts that have waiters, so one slow host with many
 * endpoints cannot take every global slot. acquire() resolves false once the limiter is closed.
 */
export class HostLimiter {
  private running = 0;
  private readonly perHost = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Hosts with waiters and room of their own, waiting only for a global slot. */
  private readonly ready: string[] = [];
  private readonly inReady = new Set<string>();
  private closed = false;
  private readonly cancels = new Set<() => void>();

  constructor(
    private readonly maxTotal: number,
    private readonly maxPerHost: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    let n = 0;
    for (const q of this.waiting.values()) n += q.length;
    return n;
  }

  acquire(host: string): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.running < this.maxTotal && (this.perHost.get(host) ?? 0) < this.maxPerHost) {
      this.take(host);
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const cancel = () => resolve(false);
      this.cancels.add(cancel);
      const queue = this.waiting.get(host) ?? [];
      queue.push(() => {
        this.cancels.delete(cancel);
        resolve(true);
      });
      this.waiting.set(host, queue);
      if ((this.perHost.get(host) ?? 0) < this.maxPerHost) this.markReady(host);
    });
  }

  release(host: string): void {
    this.running--;
    const count = (this.perHost.get(host) ?? 1) - 1;
    if (count === 0) this.perHost.delete(host);
    else this.perHost.set(host, count);
    if (this.waiting.has(host)) this.markReady(host);
    while (this.running < this.maxTotal && this.ready.length > 0) {
      const next = this.ready.shift()!;
      this.inReady.delete(next);
      const queue = this.waiting.get(next);
      if (!queue || (this.perHost.get(next) ?? 0) >= this.maxPerHost) continue;
      const start = queue.shift()!;
      if (queue.length === 0) this.waiting.delete(next);
      this.take(next);
      start();
      if (this.waiting.has(next) && (this.perHost.get(next) ?? 0) < this.maxPerHost) this.markReady(next);
    }
  }

  /** Wakes every waiter with false; later acquires fail at once. */
  close(): void {
    this.closed = true;
    for (const cancel of this.cancels) cancel();
    this.cancels.clear();
    this.waiting.clear();
    this.ready.length = 0;
    this.inReady.clear();
  }

  private take(host: string): void {
    this.running++;
    this.perHost.set(host, (this.perHost.get(host) ?? 0) + 1);
  }

  private markReady(host: string): void {
    if (this.inReady.has(host)) return;
    this.inReady.add(host);
    this.ready.push(host);
  }
}
