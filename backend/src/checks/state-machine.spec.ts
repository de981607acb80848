import type { EndpointStatus } from '../db/schema.js';
import { applyResult, pause, resume, type CheckOutcome, type EndpointState } from './state-machine.js';

const T0 = new Date('2026-12-01T00:00:00Z');
const AT = new Date('2026-12-01T00:01:00Z');
const state = (status: EndpointStatus, consecutiveFailures = 0, consecutiveSuccesses = 0): EndpointState => ({
  status,
  statusSince: T0,
  consecutiveFailures,
  consecutiveSuccesses,
});
const UP: CheckOutcome = { ok: true, degraded: false, errorMessage: null };
const SLOW: CheckOutcome = { ok: true, degraded: true, errorMessage: 'response took 900 ms' };
const FAIL: CheckOutcome = { ok: false, degraded: false, errorMessage: 'status 500' };

describe('applyResult', () => {
  it.each<
    [string, EndpointState, CheckOutcome, number, number, EndpointStatus, [number, number], EndpointStatus | null]
  >([
    // name, state, outcome, failureThreshold, successThreshold, → status, [failures, successes], change to
    ['PENDING → UP on the first good check', state('PENDING'), UP, 1, 1, 'UP', [0, 1], 'UP'],
    ['PENDING → DEGRADED', state('PENDING'), SLOW, 1, 1, 'DEGRADED', [0, 1], 'DEGRADED'],
    ['PENDING → DOWN at threshold 1', state('PENDING'), FAIL, 1, 1, 'DOWN', [1, 0], 'DOWN'],
    ['PENDING stays below the failure threshold', state('PENDING'), FAIL, 3, 1, 'PENDING', [1, 0], null],
    ['PENDING → DOWN at the third failure', state('PENDING', 2), FAIL, 3, 1, 'DOWN', [3, 0], 'DOWN'],
    ['UP stays UP', state('UP', 0, 5), UP, 1, 1, 'UP', [0, 6], null],
    ['UP → DOWN at threshold 1', state('UP', 0, 5), FAIL, 1, 1, 'DOWN', [1, 0], 'DOWN'],
    ['UP stays UP after 2 of 3 failures', state('UP', 1, 0), FAIL, 3, 1, 'UP', [2, 0], null],
    ['UP → DOWN after 3 of 3', state('UP', 2, 0), FAIL, 3, 1, 'DOWN', [3, 0], 'DOWN'],
    ['a success resets the failure count', state('UP', 2, 0), UP, 3, 1, 'UP', [0, 1], null],
    ['DOWN stays DOWN on failures', state('DOWN', 4, 0), FAIL, 1, 1, 'DOWN', [5, 0], null],
    ['DOWN → UP at success threshold 1', state('DOWN', 4, 0), UP, 1, 1, 'UP', [0, 1], 'UP'],
    ['DOWN stays DOWN below the success threshold', state('DOWN', 4, 0), UP, 1, 2, 'DOWN', [0, 1], null],
    ['DOWN → UP at the second success', state('DOWN', 0, 1), UP, 1, 2, 'UP', [0, 2], 'UP'],
    [
      'DOWN → DEGRADED when the recovering check is slow',
      state('DOWN', 0, 1),
      SLOW,
      1,
      2,
      'DEGRADED',
      [0, 2],
      'DEGRADED',
    ],
    ['a failure resets the success count while DOWN', state('DOWN', 0, 1), FAIL, 1, 2, 'DOWN', [1, 0], null],
    ['UP → DEGRADED', state('UP', 0, 3), SLOW, 1, 1, 'DEGRADED', [0, 4], 'DEGRADED'],
    ['DEGRADED → UP', state('DEGRADED', 0, 3), UP, 1, 1, 'UP', [0, 4], 'UP'],
    ['DEGRADED → DOWN', state('DEGRADED', 0, 3), FAIL, 1, 1, 'DOWN', [1, 0], 'DOWN'],
    ['PAUSED ignores results', state('PAUSED'), FAIL, 1, 1, 'PAUSED', [0, 0], null],
    ['threshold 0 behaves like 1', state('UP'), FAIL, 0, 0, 'DOWN', [1, 0], 'DOWN'],
  ])('%s', (_name, before, outcome, failureThreshold, successThreshold, status, counts, changeTo) => {
    const { state: after, change } = applyResult(before, outcome, { failureThreshold, successThreshold }, AT);
    expect(after.status).toBe(status);
    expect([after.consecutiveFailures, after.consecutiveSuccesses]).toEqual(counts);
    expect(change?.to ?? null).toBe(changeTo);
    if (change) {
      expect(change.from).toBe(before.status);
      expect(change.at).toBe(AT);
      expect(after.statusSince).toBe(AT);
    } else expect(after.statusSince).toBe(before.statusSince);
  });

  it('names the failure count and error in the reason', () => {
    const { change } = applyResult(state('UP', 2), FAIL, { failureThreshold: 3, successThreshold: 1 }, AT);
    expect(change?.reason).toBe('3 consecutive failures: status 500');
  });
});

describe('pause and resume', () => {
  it.each<[EndpointStatus]>([['UP'], ['DOWN'], ['PENDING'], ['DEGRADED']])('%s → PAUSED → PENDING', (from) => {
    const paused = pause(state(from, 2, 0), AT);
    expect(paused.change).toEqual({ from, to: 'PAUSED', at: AT, reason: 'paused' });
    expect(paused.state.consecutiveFailures).toBe(0);
    const resumed = resume(paused.state, AT);
    expect(resumed.change).toEqual({ from: 'PAUSED', to: 'PENDING', at: AT, reason: 'resumed' });
  });

  it('pausing twice or resuming a running endpoint changes nothing', () => {
    expect(pause(state('PAUSED'), AT).change).toBeNull();
    expect(resume(state('UP'), AT).change).toBeNull();
  });
});
