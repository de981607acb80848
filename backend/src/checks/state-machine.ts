import type { EndpointStatus } from '../db/schema.js';

/** The runtime columns of an endpoint that the state machine owns. */
export interface EndpointState {
  status: EndpointStatus;
  statusSince: Date;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
}

export interface Thresholds {
  failureThreshold: number;
  successThreshold: number;
}

export type CheckOutcome = { ok: boolean; degraded: boolean; errorMessage: string | null };

export interface StateChange {
  from: EndpointStatus;
  to: EndpointStatus;
  at: Date;
  reason: string | null;
}

export interface Transition {
  state: EndpointState;
  change: StateChange | null;
}

/**
 * One result through the state machine. PENDING takes the first decisive result; an endpoint goes
 * DOWN after failureThreshold consecutive failures and comes back (UP or DEGRADED) after
 * successThreshold consecutive good results, so a flapping endpoint does not flip on every check.
 * UP ⇄ DEGRADED follows each good result (both count as up). A PAUSED endpoint ignores results
 * (a check in flight while it was paused).
 */
export function applyResult(state: EndpointState, outcome: CheckOutcome, thresholds: Thresholds, at: Date): Transition {
  if (state.status === 'PAUSED') return { state, change: null };
  if (!outcome.ok) {
    const failures = state.consecutiveFailures + 1;
    const counted = { ...state, consecutiveFailures: failures, consecutiveSuccesses: 0 };
    if (state.status === 'DOWN' || failures < Math.max(1, thresholds.failureThreshold))
      return { state: counted, change: null };
    const reason =
      failures > 1 ? `${failures} consecutive failures: ${outcome.errorMessage ?? 'failed'}` : outcome.errorMessage;
    return move(counted, 'DOWN', at, reason);
  }
  const successes = state.consecutiveSuccesses + 1;
  const counted = { ...state, consecutiveFailures: 0, consecutiveSuccesses: successes };
  const to: EndpointStatus = outcome.degraded ? 'DEGRADED' : 'UP';
  if (state.status === to) return { state: counted, change: null };
  if (state.status === 'DOWN') {
    if (successes < Math.max(1, thresholds.successThreshold)) return { state: counted, change: null };
    return move(counted, to, at, successes > 1 ? `recovered after ${successes} consecutive good checks` : 'recovered');
  }
  return move(counted, to, at, outcome.degraded ? outcome.errorMessage : null);
}

/** Pausing records X → PAUSED; the counters restart when it is resumed. */
export function pause(state: EndpointState, at: Date): Transition {
  if (state.status === 'PAUSED') return { state, change: null };
  return move({ ...state, consecutiveFailures: 0, consecutiveSuccesses: 0 }, 'PAUSED', at, 'paused');
}

/** Resuming starts over at PENDING. */
export function resume(state: EndpointState, at: Date): Transition {
  if (state.status !== 'PAUSED') return { state, change: null };
  return move({ ...state, consecutiveFailures: 0, consecutiveSuccesses: 0 }, 'PENDING', at, 'resumed');
}

function move(state: EndpointState, to: EndpointStatus, at: Date, reason: string | null): Transition {
  return { state: { ...state, status: to, statusSince: at }, change: { from: state.status, to, at, reason } };
}
