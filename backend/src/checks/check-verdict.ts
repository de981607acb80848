import type { ErrorKind } from '../db/schema.js';
import { evaluateAssertion, lazyJson, type ResponseFacts } from './assertions.js';
import type { CheckTarget } from './check-target.js';
import { describeExpectedStatus, matchesExpectedStatus } from './expected-status.js';
import { readHealthBody } from './health-body.js';

export interface FailedAssertion {
  index: number;
  type: string;
  message: string;
}

export interface CheckVerdict {
  ok: boolean;
  degraded: boolean;
  errorKind: ErrorKind | null;
  errorMessage: string | null;
  /** Failed (or degrading) assertions, by their index in the endpoint's list; -1 is the health body. */
  failedAssertions: FailedAssertion[];
}

export type JudgedTarget = Pick<CheckTarget, 'expectedStatus' | 'assertions' | 'healthBody' | 'degradedAboveMs'>;

/**
 * The verdict on a response that arrived: status code first, then every assertion (all are
 * evaluated, so the result lists each one that failed), then the health body, then slowness.
 * Failing beats too-large beats degraded.
 */
export function judgeResponse(target: JudgedTarget, response: ResponseFacts): CheckVerdict {
  if (!matchesExpectedStatus(response.statusCode, target.expectedStatus)) {
    return failed(
      'status',
      `status ${response.statusCode}, expected ${describeExpectedStatus(target.expectedStatus)}`,
      [],
    );
  }
  const json = lazyJson(response);
  const failures: FailedAssertion[] = [];
  const slow: FailedAssertion[] = [];
  let undecided: FailedAssertion | undefined;
  target.assertions.forEach((assertion, index) => {
    const verdict = evaluateAssertion(assertion, response, json);
    if (verdict.result === 'pass') return;
    const entry = { index, type: assertion.type, message: verdict.message };
    if (verdict.result === 'fail') failures.push(entry);
    else if (verdict.result === 'degraded') slow.push(entry);
    else undecided ??= entry;
  });
  if (target.healthBody) {
    const health = readHealthBody(json());
    const entry = { index: -1, type: 'health_body', message: health.message ?? '' };
    if (health.verdict === 'DOWN') {
      if (response.bodyTruncated) undecided ??= entry;
      else failures.push(entry);
    } else if (health.verdict === 'DEGRADED') slow.push(entry);
  }
  if (failures.length) return failed('assertion', failures.map((f) => f.message).join('; '), failures);
  if (undecided) return failed('too_large', undecided.message, [undecided]);
  if (target.degradedAboveMs != null && response.latencyMs > target.degradedAboveMs) {
    slow.push({
      index: -2,
      type: 'degraded_above_ms',
      message: `response took ${response.latencyMs} ms, degraded above ${target.degradedAboveMs} ms`,
    });
  }
  if (slow.length) {
    return {
      ok: true,
      degraded: true,
      errorKind: null,
      errorMessage: slow.map((s) => s.message).join('; '),
      failedAssertions: slow,
    };
  }
  return { ok: true, degraded: false, errorKind: null, errorMessage: null, failedAssertions: [] };
}

function failed(errorKind: ErrorKind, errorMessage: string, failedAssertions: FailedAssertion[]): CheckVerdict {
  return { ok: false, degraded: false, errorKind, errorMessage, failedAssertions };
}
