import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { TooManyRequests } from './auth.errors.js';

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;
const NAME = 'login-failures';

/**
 * At most LOGIN_FAILURE_LIMIT failed logins per email and IP in a sliding LOGIN_WINDOW_MS; then every
 * attempt (right password or not) answers 429 until the block expires. Counts only failures, which the
 * throttler guard (counting requests) cannot, so it drives @nestjs/throttler's storage directly.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly storage = new ThrottlerStorageService();

  assertAllowed(email: string, ip: string | undefined): void {
    const record = this.storage.storage.get(this.key(email, ip));
    const now = Date.now();
    if (record?.isBlocked && record.blockExpiresAt > now) {
      throw new TooManyRequests(
        (record.blockExpiresAt - now) / 1000,
        'Too many failed sign-ins for this email; try again later.',
      );
    }
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    // Blocked once the hits exceed the limit given, so the fifth failure blocks the sixth attempt.
    await this.storage.increment(this.key(email, ip), LOGIN_WINDOW_MS, LOGIN_FAILURE_LIMIT - 1, LOGIN_WINDOW_MS, NAME);
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown();
  }

  private key(email: string, ip: string | undefined): string {
    return `${email.trim().toLowerCase()}|${ip ?? ''}`;
  }
}
