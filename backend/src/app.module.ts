import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { AlertsModule } from './alerts/alerts.module.js';
import { SecretsModule } from './common/secrets.module.js';
import { ChecksModule } from './checks/checks.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { DatabaseModule } from './db/database.module.js';
import { EndpointsModule } from './endpoints/endpoints.module.js';
import { EventsModule } from './events/events.module.js';
import type { Database } from './db/database.js';
import { AuthModule } from './auth/auth.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { HealthModule } from './health/health.module.js';
import { HeartbeatsModule } from './heartbeats/heartbeats.module.js';
import { LoggingModule } from './logging.module.js';
import { SystemModule } from './system/system.module.js';
import { TargetsModule } from './targets/targets.module.js';
import { USAGE_ROOT_PATHS } from './usage/usage-paths.js';
import { UsageModule } from './usage/usage.module.js';

/** The feature modules, one per domain concept. Later issues add theirs here. */
const FEATURE_MODULES: Type[] = [
  HealthModule,
  SystemModule,
  AuthModule,
  EndpointsModule,
  EventsModule,
  ChecksModule,
  AlertsModule,
  AnalyticsModule,
  TargetsModule,
  UsageModule,
  HeartbeatsModule,
];

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../frontend/dist', import.meta.url));

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(database),
        SecretsModule.forRoot(config),
        EventEmitterModule.forRoot(),
        ScheduleModule.forRoot(),
        ...spaModule(config),
        ...FEATURE_MODULES,
      ],
    };
  }
}

/**
 * Vite names every built asset by its content hash (assets/index-3f9a….js, and its precompressed
 * index-3f9a….js.br / .gz): those never change, so a reload uses them without asking. Everything else
 * (index.html, favicon) is checked on every load, so a new version shows at once.
 */
export function setCacheHeaders(res: { setHeader(name: string, value: string): unknown }, file: string): void {
  const hashed = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9.]+$/.test(file);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * The SPA's hashed assets, as the brotli or gzip file the build wrote beside each (frontend/vite.config.ts)
 * when the browser takes it. The 450 kB bundle is ~120 kB in brotli: two 64 KiB reads instead of seven,
 * and each read waited its turn on the event loop behind the API requests of the same page load.
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  return expressStaticGzip(assetsDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: { setHeaders: setCacheHeaders, index: false },
  });
}

/** The folder of the built SPA, or null when there is none (an API-only install, the tests). */
export function spaRoot(config: AppConfig): string | null {
  const rootPath = path.resolve(config.staticDir ?? DEFAULT_STATIC_DIR);
  return existsSync(path.join(rootPath, 'index.html')) ? rootPath : null;
}

/** Serves the built SPA for every path outside /api, /health and the root usage API, so client-side routes survive a reload. */
function spaModule(config: AppConfig): DynamicModule[] {
  const rootPath = spaRoot(config);
  if (!rootPath) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath,
      exclude: ['/api/{*path}', '/health', ...USAGE_ROOT_PATHS.map((p) => `/${p}`)],
      serveStaticOptions: { setHeaders: setCacheHeaders },
    }),
  ];
}
