import type { z } from 'zod';
import { ValidationFailed, type ErrorDetail } from './errors.js';

/** Parses request input with a zod schema; every bad field becomes one detail of a 400 ValidationFailed. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new ValidationFailed(toDetails(result.error));
}

export function toDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : undefined,
    message: issue.message,
  }));
}
