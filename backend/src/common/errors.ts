/** One detail of a failed request, usually one bad field. */
export interface ErrorDetail {
  field?: string;
  message: string;
}

/**
 * Services throw these; the global filter turns them into
 * `{"error":{"code","message","details","request_id"}}` with their HTTP status.
 * Codes are stable PascalCase words: clients may switch on them.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Extra response headers (e.g. Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = code;
  }
}

export class ValidationFailed extends DomainError {
  constructor(details: ErrorDetail[], message = 'The request is not valid.') {
    super(400, 'ValidationFailed', message, details);
  }
}

export class NotFound extends DomainError {
  constructor(code: string, message: string) {
    super(404, code, message);
  }
}

export class Conflict extends DomainError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}
