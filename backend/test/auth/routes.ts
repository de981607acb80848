import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IS_PUBLIC, IS_PUBLIC_STATUS, REQUIRED_ROLE, type Role } from '../../src/auth/auth.decorators.js';
import { USAGE_ROOT_PATHS } from '../../src/usage/usage-paths.js';

export interface DiscoveredRoute {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch' | 'options' | 'head' | 'all';
  /** As registered, e.g. /api/v1/users/:id */
  path: string;
  /** The same with every parameter filled in, ready to request. */
  url: string;
  isPublic: boolean;
  isPublicStatus: boolean;
  role: Role | undefined;
  handler: string;
}

const METHODS: Partial<Record<RequestMethod, DiscoveredRoute['method']>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.DELETE]: 'delete',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.OPTIONS]: 'options',
  [RequestMethod.HEAD]: 'head',
  [RequestMethod.ALL]: 'all',
};

/**
 * Every route of every controller Nest registered, with its access metadata, found through Nest's
 * own module container (so a controller added by any module is included without listing it here).
 */
export function discoverRoutes(app: NestExpressApplication): DiscoveredRoute[] {
  const scanner = new MetadataScanner();
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | undefined;
      if (!controller) continue;
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name] as object;
        const methodEnum = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodEnum === undefined) continue;
        const method = METHODS[methodEnum];
        if (!method) throw new Error(`unsupported method ${methodEnum} on ${controller.name}.${name}`);
        const own = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const meta = <T>(key: string) =>
          (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as T | undefined;
        for (const b of base) {
          for (const p of own) {
            const path = join(b, p);
            routes.push({
              method,
              path,
              url: fill(path),
              isPublic: meta<boolean>(IS_PUBLIC) === true,
              isPublicStatus: meta<boolean>(IS_PUBLIC_STATUS) === true,
              role: meta<Role>(REQUIRED_ROLE),
              handler: `${controller.name}.${name}`,
            });
          }
        }
      }
    }
  }
  return routes;
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: { name: string } }[] };
}

/**
 * method + path of Nest's route handlers in express' router (their handlers are named
 * `Controller.method`); the other route layers are Nest's route-bound middleware and swagger's pages.
 */
export function expressRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack.flatMap(({ route }) =>
    route?.stack.some((s) => /^[A-Z]\w*\.\w+$/.test(s.handle.name))
      ? Object.keys(route.methods).map((m) => `${m === '_all' ? 'all' : m} ${route.path}`)
      : [],
  );
}

// Mirrors app.setup.ts: the global prefix "api", except for /health and the root usage API.
const UNPREFIXED: readonly string[] = ['health', ...USAGE_ROOT_PATHS];
function join(controllerPath: string, routePath: string): string {
  const parts = [controllerPath, routePath].map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  const path = parts.join('/');
  return path === 'health' || path.startsWith('health/') || UNPREFIXED.includes(path) ? `/${path}` : `/api/${path}`;
}

function fill(path: string): string {
  return path
    .replace(/\{\*[^}]+\}|\*[A-Za-z_]*/g, 'x')
    .replace(/[{}]/g, '')
    .replace(/:[A-Za-z_][A-Za-z0-9_]*/g, '1');
}
