/** Rows of a raw `db.execute(sql…)`; node-postgres and PGlite both answer with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The PostgreSQL error code (e.g. 23505 unique_violation) behind a possibly Drizzle-wrapped driver error. */
export function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}
