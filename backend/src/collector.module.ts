import { Module, type DynamicModule } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { DatabaseModule } from './db/database.module.js';
import type { Database } from './db/database.js';
import { LoggingModule } from './logging.module.js';
import { TargetsModule } from './targets/targets.module.js';

/**
 * What the standalone collector process runs: config, logs, the database and the targets domain,
 * without HTTP, the SPA or any other domain's schedulers. Its own loop drives the rounds, so the
 * in-process scheduler is switched off here.
 */
@Module({})
export class CollectorModule {
  static forRoot(config: AppConfig, database: Database): DynamicModule {
    return {
      module: CollectorModule,
      imports: [
        ConfigModule.forRoot({ ...config, collector: false }),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(database),
        EventEmitterModule.forRoot(),
        TargetsModule,
      ],
    };
  }
}
