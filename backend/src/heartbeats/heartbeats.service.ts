import { Injectable, Logger } from '@nestjs/common';
import { ChecksService } from '../checks/checks.service.js';
import { EndpointNotFound } from '../endpoints/endpoints.service.js';
import { Clock } from '../common/clock.js';
import { hashPushToken } from '../endpoints/push-token.js';
import { heartbeatVerdict, type HeartbeatSchedule } from './heartbeat-schedule.js';
import { HeartbeatsRepository, type PushMonitor } from './heartbeats.repository.js';
import { PING_TOKEN, runDurationMs, type PingInput } from './ping-input.js';

export type PingKind = 'ping' | 'fail';

/** How many missed periods are recorded at once (each waits for its write). */
const MISSED_CONCURRENCY = 8;

/** Heartbeat monitors: pings from jobs, and the misses the scheduler notices. */
@Injectable()
export class HeartbeatsService {
  private readonly logger = new Logger('Heartbeats');

  constructor(
    private readonly repository: HeartbeatsRepository,
    private readonly checks: ChecksService,
    private readonly clock: Clock,
  ) {}

  /**
   * A ping (or an explicit failure) as a check result. false when the token matches no push monitor:
   * the caller cannot tell a wrong token from a deleted monitor.
   */
  async ping(token: string, kind: PingKind, input: PingInput): Promise<boolean> {
    if (!PING_TOKEN.test(token)) return false;
    const now = this.clock.now();
    const hit = await this.repository.ping(hashPushToken(token), now);
    if (!hit) return false;
    const ok = kind === 'ping' && input.status === 'up';
    const fallback = kind === 'fail' ? 'The job reported a failure (/fail).' : 'The job reported status=down.';
    try {
      await this.checks.recordExternalResult(hit.endpointId, {
        checkedAt: now,
        ok,
        latencyMs: runDurationMs(input, hit.runStartedAt, now),
        errorKind: ok ? null : 'other',
        errorMessage: ok ? null : (input.msg ?? fallback),
        details: { source: 'push', ...(input.msg === undefined ? {} : { message: input.msg }) },
      });
    } catch (error) {
      // Deleted between the lookup and the write: the same answer as any unknown token.
      if (error instanceof EndpointNotFound) return false;
      throw error;
    }
    return true;
  }

  /** A run started (/start): its ping will carry the measured duration. */
  async start(token: string): Promise<boolean> {
    if (!PING_TOKEN.test(token)) return false;
    return this.repository.start(hashPushToken(token), this.clock.now());
  }

  /** Records one missed period for every watched push monitor whose ping is overdue at `now`. */
  async recordMissed(now: Date = this.clock.now()): Promise<number> {
    const overdue = (await this.repository.watched()).flatMap((m) => {
      const verdict = this.verdict(m, now);
      return verdict?.missed ? [{ monitor: m, verdict }] : [];
    });
    for (let i = 0; i < overdue.length; i += MISSED_CONCURRENCY) {
      await Promise.all(
        overdue.slice(i, i + MISSED_CONCURRENCY).map(({ monitor, verdict }) =>
          this.checks
            .recordExternalResult(monitor.id, {
              checkedAt: now,
              ok: false,
              errorKind: 'missed',
              errorMessage: `No ping by ${verdict.dueBy.toISOString()} (expected at ${verdict.expectedAt.toISOString()}).`,
              details: {
                source: 'push',
                expected_at: verdict.expectedAt.toISOString(),
                due_by: verdict.dueBy.toISOString(),
              },
            })
            .catch((error: unknown) =>
              this.logger.warn({ err: error, endpointId: monitor.id }, 'missed ping not recorded'),
            ),
        ),
      );
    }
    return overdue.length;
  }

  private verdict(m: PushMonitor, now: Date) {
    if (m.status === 'PAUSED') return null;
    const schedule: HeartbeatSchedule | null = m.cron
      ? { cron: m.cron, timezone: m.timezone }
      : m.periodSeconds
        ? { periodSeconds: m.periodSeconds }
        : null;
    if (!schedule) return null;
    try {
      // Misses are results too, so last_checked_at is the last ping or miss; status_since covers resumes.
      return heartbeatVerdict(
        schedule,
        m.graceSeconds ?? 0,
        { createdAt: m.createdAt, lastPingAt: m.lastPingAt, lastMissedAt: m.lastCheckedAt, resumedAt: m.statusSince },
        now,
      );
    } catch (error) {
      this.logger.warn({ err: error, endpointId: m.id }, 'push monitor schedule unusable');
      return null;
    }
  }
}
