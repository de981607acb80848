import { z } from 'zod';
import type { Assertion } from '../checks/check-target.js';
import { normalizeStatusItem, parseStatusItem } from './expected-status.js';
import { headerNameProblem, headerValueProblem } from './header-rules.js';
import { jsonPathProblem, regexProblem } from './pattern-rules.js';

/** The zod building blocks of an endpoint body: field types with the messages the API returns. */
export const problem = (check: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = check(value);
  if (message) ctx.addIssue({ code: 'custom', message });
};
export const int = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
export const bool = () => z.boolean({ error: 'must be true or false' });
export const text = (max: number) =>
  z.string({ error: 'must be a string' }).max(max, `must be at most ${max} characters`);

export const url = text(2048).superRefine(
  problem((value) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return 'must be an absolute URL such as https://api.example.com/health';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must use http or https';
    if (!parsed.hostname) return 'must name a host';
    if (parsed.username || parsed.password) return 'must not contain credentials; use an Authorization header';
    return null;
  }),
);

export const header = z.object(
  {
    name: z.string({ error: 'must be a string' }).superRefine(problem(headerNameProblem)),
    value: z.string({ error: 'must be a string' }).superRefine(problem(headerValueProblem)),
    secret: bool().optional(),
  },
  { error: 'must be an object {name, value, secret?}' },
);

/** A code, a range, or a list of both; a bad single value is named by the field, a bad list item by its index. */
export const expectedStatus = z.unknown().transform((value, ctx): (string | number)[] => {
  if (value === undefined) return value as never; // absent: the caller's default applies
  const list = Array.isArray(value);
  const items: unknown[] = list ? value : [value];
  if (items.length === 0 || items.length > 50) {
    ctx.addIssue({ code: 'custom', message: 'must list between 1 and 50 codes or ranges' });
    return z.NEVER;
  }
  return items.map((item, index) => {
    const range =
      typeof item === 'number' || typeof item === 'string'
        ? parseStatusItem(item)
        : 'must be a status code or a range like "200-299"';
    if (typeof range === 'string') ctx.addIssue({ code: 'custom', path: list ? [index] : [], message: range });
    return typeof item === 'number' || typeof item === 'string' ? normalizeStatusItem(item) : 0;
  });
});

const regexAssertionFields = { pattern: text(1000).min(1, 'must not be empty'), flags: z.string().optional() };
export const assertion = z
  .discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('body_contains'), value: text(10_000).min(1, 'must not be empty') }),
      z.object({ type: z.literal('body_matches'), ...regexAssertionFields }).superRefine((a, ctx) => {
        const message = regexProblem(a.pattern, a.flags);
        if (message) ctx.addIssue({ code: 'custom', path: ['pattern'], message });
      }),
      z
        .object({
          type: z.literal('json_path'),
          path: text(1000).superRefine(problem(jsonPathProblem)),
          op: z.enum(['equals', 'exists', 'one_of'], { error: 'must be equals, exists or one_of' }),
          value: z.unknown().optional(),
          values: z.array(z.unknown(), { error: 'must be a list' }).optional(),
        })
        .superRefine((a, ctx) => {
          if (a.op === 'equals' && a.value === undefined)
            ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required for equals' });
          if (a.op === 'one_of' && !a.values?.length)
            ctx.addIssue({ code: 'custom', path: ['values'], message: 'must list at least one value for one_of' });
        }),
      z
        .object({
          type: z.literal('header'),
          name: z.string({ error: 'must be a string' }).superRefine(problem(headerNameProblem)),
          op: z.enum(['equals', 'matches'], { error: 'must be equals or matches' }),
          value: text(1000),
        })
        .superRefine((a, ctx) => {
          const message = a.op === 'matches' ? regexProblem(a.value) : null;
          if (message) ctx.addIssue({ code: 'custom', path: ['value'], message });
        }),
      z.object({ type: z.literal('response_time_below'), ms: int(1, 600_000) }),
    ],
    { error: 'type must be body_contains, body_matches, json_path, header or response_time_below' },
  )
  .transform((a) => a as Assertion);
