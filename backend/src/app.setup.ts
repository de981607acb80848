import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import path from 'node:path';
import { AppModule, precompressedAssets, spaRoot } from './app.module.js';
import { ErrorFilter } from './common/error.filter.js';
import type { AppConfig } from './config/config.schema.js';
import { openDatabase, type Database } from './db/database.js';
import { NestFactory } from '@nestjs/core';
import { APP_VERSION } from './system/version.js';
import { USAGE_ROOT_PATHS } from './usage/usage-paths.js';

export interface CreateAppOptions {
  /** An already opened database (tests); otherwise one is opened from the config. */
  database?: Database;
}

/** Opens and migrates the database, then builds the configured (not yet listening) Nest app. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const database =
    options.database ??
    (await openDatabase(
      config.databaseUrl ? { url: config.databaseUrl, poolSize: config.databasePoolSize } : { dataDir: config.dataDir },
    ));
  try {
    await database.migrate();
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      bufferLogs: true,
      bodyParser: false,
    });
    const spa = spaRoot(config);
    // Before the SPA module's own static files (registered when the app initialises).
    if (spa) app.use('/assets', precompressedAssets(path.join(spa, 'assets')));
    configureApp(app);
    return app;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Prefix, body parsing, the error filter and OpenAPI: everything main.ts and the tests share. */
export function configureApp(app: NestExpressApplication): void {
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.useBodyParser('text', { limit: '1mb' });
  app.setGlobalPrefix('api', { exclude: ['health', ...USAGE_ROOT_PATHS] });
  app.useGlobalFilters(new ErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('apimon API')
      .setDescription('Self-hosted API uptime and public-status monitor. JSON is snake_case.')
      .setVersion(APP_VERSION)
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
