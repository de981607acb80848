import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Database, Db } from './database.js';

export const DATABASE = Symbol('DATABASE');
export const DB = Symbol('DB');

/** Provides the opened, migrated database (see bootstrap.ts) and closes it last on shutdown. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  static forRoot(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE, useValue: database },
        { provide: DB, useValue: database.db },
      ],
      exports: [DATABASE, DB],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Injects the Drizzle handle, for repositories. */
export const InjectDb = (): ParameterDecorator => Inject(DB);
export type { Db };
