import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { retryDelayMs } from './backoff.js';
import type { CheckResult } from './check-result.js';
import type { CheckTarget } from './check-target.js';
import { hostOf } from './endpoint-target.js';
import { HostLimiter } from './host-limiter.js';
import { probe } from './probe.js';

/**
 * Runs checks: every attempt takes a slot of the global and per-host limits (queued, not dropped),
 * failed attempts are retried with backoff that never reaches past the next due time, and only the
 * final outcome is returned. Tracks everything in flight so that shutdown can wait for it.
 */
@Injectable()
export class CheckRunner {
  private readonly limiter: HostLimiter;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.limiter = new HostLimiter(config.checks.maxConcurrent, config.checks.maxPerHost);
  }

  /** null: the runner stopped before the first attempt could start. */
  run(target: CheckTarget, options: { deadlineMs: number; maxAttempts?: number }): Promise<CheckResult | null> {
    const job = this.attempts(target, options);
    this.inFlight.add(job);
    void job.finally(() => this.inFlight.delete(job)).catch(() => undefined);
    return job;
  }

  /** Stops starting attempts (waiting ones are cancelled, pending retries end now) and waits for running ones. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.limiter.close();
    await Promise.allSettled([...this.inFlight]);
  }

  private async attempts(
    target: CheckTarget,
    options: { deadlineMs: number; maxAttempts?: number },
  ): Promise<CheckResult | null> {
    const host = hostOf(target.url);
    const maxRetries = Math.min(target.retries, (options.maxAttempts ?? Infinity) - 1);
    let first: CheckResult | null = null;
    let last: CheckResult | null = null;
    for (let attempt = 1; ; attempt++) {
      if (!(await this.limiter.acquire(host))) break;
      try {
        last = await probe(target, { blockPrivate: this.config.checks.blockPrivateTargets });
      } finally {
        this.limiter.release(host);
      }
      first ??= last;
      if (last.ok || this.stopping.signal.aborted) {
        return { ...last, checkedAt: first.checkedAt, attempts: attempt };
      }
      const delay = retryDelayMs({
        retry: attempt,
        maxRetries,
        nowMs: Date.now(),
        nextDueAtMs: options.deadlineMs,
        timeoutMs: target.timeoutMs,
        random: Math.random(),
      });
      if (delay === null || !(await this.sleep(delay)))
        return { ...last, checkedAt: first.checkedAt, attempts: attempt };
    }
    return last && first ? { ...last, checkedAt: first.checkedAt } : null;
  }

  /** false when cut short by stop(). */
  private sleep(ms: number): Promise<boolean> {
    const signal = this.stopping.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
