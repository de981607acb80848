import type { ArgumentsHost } from '@nestjs/common';
import { BadRequestException, ForbiddenException, Logger, NotFoundException } from '@nestjs/common';
import { ErrorFilter } from './error.filter.js';
import { DomainError, ValidationFailed } from './errors.js';

function run(exception: unknown) {
  const headers: Record<string, string> = {};
  const out: { status?: number; body?: any } = {};
  const res = {
    headersSent: false,
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    status(code: number) {
      out.status = code;
      return this;
    },
    json(body: unknown) {
      out.body = body;
    },
  };
  const req = { id: 'req-1', method: 'GET', originalUrl: '/api/x?y=1', path: '/x', headers: {} };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return { ...out, headers };
}

describe('ErrorFilter', () => {
  // The filter logs 5xx errors with their stack; that is expected here, not noise worth printing.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(new Logger()));

  it.each([
    [new ValidationFailed([{ field: 'interval', message: 'must be at least 5' }]), 400, 'ValidationFailed'],
    [new DomainError(404, 'EndpointNotFound', 'No endpoint 7.'), 404, 'EndpointNotFound'],
    [new NotFoundException('Cannot GET /api/x'), 404, 'RouteNotFound'],
    [new ForbiddenException(), 403, 'Forbidden'],
    [new BadRequestException('bad', { cause: { type: 'entity.parse.failed' } }), 400, 'MalformedBody'],
  ])('maps %s to %i %s', (exception, status, code) => {
    const out = run(exception);
    expect(out.status).toBe(status);
    expect(out.body.error.code).toBe(code);
    expect(out.body.error.request_id).toBe('req-1');
  });

  it('hides the message, stack and SQL of unknown errors', () => {
    const error = new Error('relation "users" does not exist at SELECT * FROM users');
    const out = run(error);
    expect(out.status).toBe(500);
    expect(out.body).toEqual({
      error: { code: 'InternalError', message: 'Internal server error.', details: [], request_id: 'req-1' },
    });
  });

  it('passes domain details and headers through', () => {
    const out = run(new DomainError(429, 'TooManyRequests', 'Slow down.', [], { 'Retry-After': '60' }));
    expect(out.headers['retry-after']).toBe('60');
  });
});
