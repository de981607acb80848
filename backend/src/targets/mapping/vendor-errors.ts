import type { z } from 'zod';

/** The response could not be read at all: non-2xx, empty, truncated, HTML where JSON was expected. */
export class UnparseableResponse extends Error {
  readonly kind = 'unparseable' as const;
  constructor(message: string) {
    super(message);
    this.name = 'UnparseableResponse';
  }
}

/** The document parsed but its shape no longer matches: the vendor probably changed its format. */
export class FormatChanged extends Error {
  readonly kind = 'format' as const;
  constructor(message: string) {
    super(message);
    this.name = 'FormatChanged';
  }
}

/** Validates a parsed document against the vendor's shape; a mismatch is a FormatChanged. */
export function expectShape<S extends z.ZodType>(schema: S, document: unknown, what: string): z.output<S> {
  const result = schema.safeParse(document);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'the document';
  throw new FormatChanged(`${what}: ${where}: ${issue.message}`);
}
