const MINUTE_MS = 60_000;

export interface FlapInput {
  /** More than this many changes within the window is flapping; null = the rule does no damping. */
  threshold: number | null;
  windowMinutes: number;
  /** Times of the endpoint's state changes up to and including the new one. */
  changesAt: Date[];
  /** The new change. */
  at: Date;
  /** Start of the episode in progress, if the endpoint is already flapping for this rule. */
  flappingSince: Date | null;
}

export type FlapDecision = 'notify' | 'start_flapping' | 'silence';

/**
 * What to do with a new state change under flap damping: pass it on, open a flapping episode (one
 * `flapping` alert), or stay silent because an episode is in progress.
 */
export function decideFlap(input: FlapInput): FlapDecision {
  if (input.threshold === null) return 'notify';
  if (input.flappingSince) return 'silence';
  const from = input.at.getTime() - input.windowMinutes * MINUTE_MS;
  const inWindow = input.changesAt.filter((t) => t.getTime() > from && t.getTime() <= input.at.getTime()).length;
  return inWindow > input.threshold ? 'start_flapping' : 'notify';
}

/** An episode ends once the endpoint has kept one state for a whole window. */
export function flappingEnded(lastChangeAt: Date, now: Date, windowMinutes: number): boolean {
  return now.getTime() - lastChangeAt.getTime() >= windowMinutes * MINUTE_MS;
}
