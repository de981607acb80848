import { isDeepStrictEqual } from 'node:util';
import { JSONPath } from 'jsonpath-plus';
import safeRegex from 'safe-regex2';
import type { Assertion } from './check-target.js';

/** What an assertion sees of a response. The body is at most the probe's read limit. */
export interface ResponseFacts {
  statusCode: number;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body was longer than what was read. */
  bodyTruncated: boolean;
  latencyMs: number;
}

export type AssertionVerdict =
  | { result: 'pass' }
  | { result: 'fail'; message: string }
  /** Passed, but slow: the check counts as DEGRADED. */
  | { result: 'degraded'; message: string }
  /** Cannot be decided on the part of the body that was read. */
  | { result: 'too_large'; message: string };

/** One strategy per assertion type. */
interface AssertionStrategy<A extends Assertion> {
  evaluate(assertion: A, response: ResponseFacts, json: () => JsonBody): AssertionVerdict;
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string };

const MAX_PATTERN_LENGTH = 1_000;
const PASS: AssertionVerdict = { result: 'pass' };

/** A RegExp only if it is short and free of catastrophic backtracking (safe-regex2); otherwise a reason. */
export function compileSafeRegex(pattern: string, flags = ''): RegExp | string {
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags.replace(/[gy]/g, ''));
  } catch (error) {
    return `pattern is not a valid regular expression: ${(error as Error).message}`;
  }
  if (!safeRegex(regex)) return 'pattern could backtrack catastrophically';
  return regex;
}

const bodyContains: AssertionStrategy<Extract<Assertion, { type: 'body_contains' }>> = {
  evaluate: (a, r) => {
    if (r.body.includes(a.value)) return PASS;
    if (r.bodyTruncated) return { result: 'too_large', message: `body too large to search for "${a.value}"` };
    return { result: 'fail', message: `body does not contain "${a.value}"` };
  },
};

const bodyMatches: AssertionStrategy<Extract<Assertion, { type: 'body_matches' }>> = {
  evaluate: (a, r) => {
    const regex = compileSafeRegex(a.pattern, a.flags);
    if (typeof regex === 'string') return { result: 'fail', message: regex };
    if (regex.test(r.body)) return PASS;
    if (r.bodyTruncated) return { result: 'too_large', message: `body too large to match /${a.pattern}/` };
    return { result: 'fail', message: `body does not match /${a.pattern}/` };
  },
};

const jsonPath: AssertionStrategy<Extract<Assertion, { type: 'json_path' }>> = {
  evaluate: (a, _r, json) => {
    const parsed = json();
    if (!parsed.ok)
      return { result: parsed.message.startsWith('body too large') ? 'too_large' : 'fail', message: parsed.message };
    let matches: unknown[];
    try {
      matches = JSONPath({ path: a.path, json: parsed.value as object, wrap: true }) as unknown[];
    } catch (error) {
      return { result: 'fail', message: `${a.path} is not a valid JSONPath: ${(error as Error).message}` };
    }
    if (a.op === 'exists') return matches.length > 0 ? PASS : { result: 'fail', message: `${a.path} does not exist` };
    if (matches.length === 0) return { result: 'fail', message: `${a.path} does not exist` };
    const actual = matches[0];
    if (a.op === 'equals') {
      return isDeepStrictEqual(actual, a.value)
        ? PASS
        : { result: 'fail', message: `${a.path} is ${show(actual)}, expected ${show(a.value)}` };
    }
    const values = a.values ?? [];
    return values.some((v) => isDeepStrictEqual(actual, v))
      ? PASS
      : { result: 'fail', message: `${a.path} is ${show(actual)}, expected one of ${show(values)}` };
  },
};

const header: AssertionStrategy<Extract<Assertion, { type: 'header' }>> = {
  evaluate: (a, r) => {
    const raw = r.headers[a.name.toLowerCase()];
    if (raw === undefined) return { result: 'fail', message: `header ${a.name} is missing` };
    const actual = Array.isArray(raw) ? raw.join(', ') : raw;
    if (a.op === 'equals') {
      return actual.trim() === a.value.trim()
        ? PASS
        : { result: 'fail', message: `header ${a.name} is "${actual}", expected "${a.value}"` };
    }
    const regex = compileSafeRegex(a.value);
    if (typeof regex === 'string') return { result: 'fail', message: regex };
    return regex.test(actual)
      ? PASS
      : { result: 'fail', message: `header ${a.name} "${actual}" does not match /${a.value}/` };
  },
};

const responseTimeBelow: AssertionStrategy<Extract<Assertion, { type: 'response_time_below' }>> = {
  evaluate: (a, r) =>
    r.latencyMs < a.ms ? PASS : { result: 'degraded', message: `response took ${r.latencyMs} ms, limit ${a.ms} ms` },
};

const STRATEGIES: { [T in Assertion['type']]: AssertionStrategy<Extract<Assertion, { type: T }>> } = {
  body_contains: bodyContains,
  body_matches: bodyMatches,
  json_path: jsonPath,
  header,
  response_time_below: responseTimeBelow,
};

export function evaluateAssertion(
  assertion: Assertion,
  response: ResponseFacts,
  json: () => JsonBody,
): AssertionVerdict {
  const strategy = STRATEGIES[assertion.type] as AssertionStrategy<Assertion> | undefined;
  if (!strategy) return { result: 'fail', message: `unknown assertion type ${String(assertion.type)}` };
  return strategy.evaluate(assertion, response, json);
}

/** Parses the body once, on first use, for every JSON assertion and the health body. */
export function lazyJson(response: ResponseFacts): () => JsonBody {
  let cached: JsonBody | undefined;
  return () => {
    if (cached) return cached;
    if (response.bodyTruncated) return (cached = { ok: false, message: 'body too large to parse as JSON' });
    try {
      cached = { ok: true, value: JSON.parse(response.body) as unknown };
    } catch {
      cached = { ok: false, message: 'body is not valid JSON' };
    }
    return cached;
  };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
