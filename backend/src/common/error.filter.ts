import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestId } from '../logging.module.js';
import { DomainError, type ErrorDetail } from './errors.js';

interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[]; request_id: string | undefined };
}

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

/** The single place that shapes every non-2xx response. No stack or SQL ever reaches the client. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const { status, code, message, details, headers } = this.describe(exception, req);
    // Errors raised before the logger middleware (e.g. by the body parser) have no id yet.
    const id = req.id ?? requestId(req, res);
    if (status >= 500) this.logger.error({ err: exception, requestId: id }, 'request failed');
    if (res.headersSent) return;
    const body: ErrorBody = { error: { code, message, details, request_id: id } };
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.status(status).json(body);
  }

  private describe(exception: unknown, req: Request) {
    if (exception instanceof DomainError) {
      const { status, code, message, details, headers } = exception;
      return { status, code, message, details, headers };
    }
    // Errors from express' body parser carry a type; Nest wraps them in an HttpException.
    const parserError = (exception instanceof HttpException ? exception.cause : exception) as { type?: string };
    if (parserError?.type === 'entity.parse.failed') {
      return this.plain(400, 'MalformedBody', 'The request body is not valid JSON.');
    }
    if (parserError?.type === 'entity.too.large') {
      return this.plain(413, 'PayloadTooLarge', 'The request body is too large.');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest's router answers unknown routes with a NotFoundException of this exact form.
      if (status === 404 && /^Cannot [A-Z]+ /.test(exception.message)) {
        return this.plain(404, 'RouteNotFound', `No route ${req.method} ${req.originalUrl.split('?')[0]}.`);
      }
      const code = CODES_BY_STATUS[status] ?? (status >= 500 ? 'InternalError' : 'HttpError');
      const message = status >= 500 ? 'Internal server error.' : exception.message;
      return this.plain(status, code, message);
    }
    return this.plain(HttpStatus.INTERNAL_SERVER_ERROR, 'InternalError', 'Internal server error.');
  }

  private plain(status: number, code: string, message: string) {
    return { status, code, message, details: [] as ErrorDetail[], headers: {} as Record<string, string> };
  }
}
