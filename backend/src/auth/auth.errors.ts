import { DomainError } from '../common/errors.js';
import type { Role } from './auth.decorators.js';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="apimon"' };

/** 401: no credentials, or credentials that are not (or no longer) valid. */
export class Unauthenticated extends DomainError {
  constructor(code = 'Unauthenticated', message = 'Sign in, or send an API key in X-API-Key.') {
    super(401, code, message, [], CHALLENGE);
  }
}

export class InvalidCredentials extends DomainError {
  constructor() {
    super(401, 'InvalidCredentials', 'The email or password is wrong.');
  }
}

export class Forbidden extends DomainError {
  constructor(message: string, code = 'Forbidden') {
    super(403, code, message);
  }
}

export class RoleRequired extends Forbidden {
  constructor(role: Role) {
    super(`This needs the ${role} role.`, 'RoleRequired');
  }
}

export class TooManyRequests extends DomainError {
  constructor(retryAfterSeconds: number, message = 'Too many requests; try again later.') {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(429, 'TooManyRequests', message, [], { 'Retry-After': String(seconds) });
  }
}
