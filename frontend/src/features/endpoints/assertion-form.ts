import { z } from 'zod';
import type { AssertionWire } from '@/types/api';

export const ASSERTION_TYPES = {
  body_contains: 'Body contains',
  body_matches: 'Body matches regex',
  json_path: 'JSON path',
  header: 'Header',
  response_time_below: 'Response time below',
} as const;
export type AssertionType = keyof typeof ASSERTION_TYPES;

/** One assertion row of the form: every input as typed, whatever its type needs. */
export interface AssertionFormValues {
  type: AssertionType;
  /** body_contains text, json_path/header expected value. */
  value: string;
  pattern: string;
  flags: string;
  path: string;
  jsonOp: 'equals' | 'exists' | 'one_of';
  /** json_path one_of: comma-separated values. */
  values: string;
  name: string;
  headerOp: 'equals' | 'matches';
  ms: string;
}

export const emptyAssertion = (type: AssertionType = 'body_contains'): AssertionFormValues => ({
  type,
  value: '',
  pattern: '',
  flags: '',
  path: '$.status',
  jsonOp: 'equals',
  values: '',
  name: '',
  headerOp: 'equals',
  ms: '500',
});

/** JSON path values are typed in as JSON when they parse ("true", "3", "\"x\""), as text otherwise. */
function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const showJson = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function assertionToWire(a: AssertionFormValues): AssertionWire {
  switch (a.type) {
    case 'body_contains':
      return { type: a.type, value: a.value };
    case 'body_matches':
      return a.flags ? { type: a.type, pattern: a.pattern, flags: a.flags } : { type: a.type, pattern: a.pattern };
    case 'json_path':
      if (a.jsonOp === 'exists') return { type: a.type, path: a.path.trim(), op: 'exists' };
      if (a.jsonOp === 'one_of') {
        const values = a.values.split(',').map((v) => jsonValue(v.trim()));
        return { type: a.type, path: a.path.trim(), op: 'one_of', values: a.values.trim() ? values : [] };
      }
      return { type: a.type, path: a.path.trim(), op: 'equals', value: jsonValue(a.value) };
    case 'header':
      return { type: a.type, name: a.name.trim(), op: a.headerOp, value: a.value };
    case 'response_time_below':
      return { type: a.type, ms: a.ms.trim() === '' ? Number.NaN : Number(a.ms) };
  }
}

export function assertionFromWire(w: AssertionWire): AssertionFormValues {
  const base = emptyAssertion(w.type);
  switch (w.type) {
    case 'body_contains':
      return { ...base, value: w.value };
    case 'body_matches':
      return { ...base, pattern: w.pattern, flags: w.flags ?? '' };
    case 'json_path':
      return {
        ...base,
        path: w.path,
        jsonOp: w.op,
        value: w.op === 'equals' ? showJson(w.value) : '',
        values: (w.values ?? []).map(showJson).join(', '),
      };
    case 'header':
      return { ...base, name: w.name, headerOp: w.op, value: w.value };
    case 'response_time_below':
      return { ...base, ms: String(w.ms) };
  }
}

const compiles = (pattern: string, flags = '') => {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
};

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export const assertionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('body_contains'), value: z.string().min(1, 'enter the text to look for').max(10_000) }),
  z
    .object({
      type: z.literal('body_matches'),
      pattern: z.string().min(1, 'enter a regular expression').max(1000),
      flags: z
        .string()
        .regex(/^[imsu]*$/, 'flags may be i, m, s, u')
        .optional(),
    })
    .refine((a) => compiles(a.pattern, a.flags), { message: 'is not a valid regular expression', path: ['pattern'] }),
  z.object({
    type: z.literal('json_path'),
    path: z.string().regex(/^\$/, 'must start with $'),
    op: z.enum(['equals', 'exists', 'one_of']),
    value: z.unknown().optional(),
    values: z.array(z.unknown()).min(1, 'list at least one value').optional(),
  }),
  z
    .object({
      type: z.literal('header'),
      name: z.string().regex(HEADER_NAME, 'is not a valid header name'),
      op: z.enum(['equals', 'matches']),
      value: z.string().max(1000),
    })
    .refine((a) => a.op !== 'matches' || compiles(a.value), {
      message: 'is not a valid regular expression',
      path: ['value'],
    }),
  z.object({
    type: z.literal('response_time_below'),
    ms: z
      .number('enter a number')
      .int('must be whole milliseconds')
      .min(1, 'must be at least 1')
      .max(600_000, 'must be at most 600000'),
  }),
]);
