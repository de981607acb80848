import { z } from 'zod';

/** The optional parameters of a ping (query string, or a form/JSON body of a POST). */
export const pingQuery = z.object({
  status: z.enum(['up', 'down']).default('up'),
  msg: z.string().max(1000).optional(),
  duration_ms: z.coerce
    .number()
    .int()
    .min(0)
    .max(31 * 86_400_000)
    .optional(),
});

export type PingInput = z.infer<typeof pingQuery>;

/** Ping tokens are 32 random bytes in base64url: anything else cannot match and needs no lookup. */
export const PING_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A run measured from /start to its ping; runs older than this are treated as abandoned. */
export const MAX_RUN_MS = 7 * 86_400_000;

/** The duration to record: the caller's own figure, else the time since /start (if recent), else none. */
export function runDurationMs(input: PingInput, runStartedAt: Date | null, now: Date): number | null {
  if (input.duration_ms !== undefined) return input.duration_ms;
  if (!runStartedAt) return null;
  const ms = now.getTime() - runStartedAt.getTime();
  return ms >= 0 && ms <= MAX_RUN_MS ? ms : null;
}
