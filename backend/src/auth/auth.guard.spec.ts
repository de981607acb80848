import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { loadConfig } from '../config/config.schema.js';
import { Public, PublicStatus, Roles } from './auth.decorators.js';
import { isOpenRoute } from './auth.guard.js';

class Routes {
  @Public() health() {}
  @PublicStatus() status() {}
  @Roles('admin') users() {}
  plain() {}
}

@Public()
class PublicController {
  anything() {}
}

describe('isOpenRoute', () => {
  const reflector = new Reflector();
  const context = (cls: new () => object, method: string) =>
    new ExecutionContextHost([], cls as never, (cls.prototype as Record<string, () => void>)[method]);

  it.each<[new () => object, string, string, boolean]>([
    [Routes, 'health', 'true', true],
    [Routes, 'health', 'false', true],
    [Routes, 'status', 'true', true],
    [Routes, 'status', 'false', false],
    [Routes, 'users', 'true', false],
    [Routes, 'plain', 'true', false],
    [PublicController, 'anything', 'false', true],
  ])('%o.%s with PUBLIC_STATUS_API=%s → %s', (cls, method, flag, open) => {
    const config = loadConfig({ PUBLIC_STATUS_API: flag });
    expect(isOpenRoute(reflector, context(cls, method), config)).toBe(open);
  });
});
