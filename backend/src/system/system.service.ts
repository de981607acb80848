import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { DATABASE } from '../db/database.module.js';
import type { Database } from '../db/database.js';
import { SystemRepository } from './system.repository.js';
import { APP_VERSION } from './version.js';

export interface SystemInfo {
  version: string;
  database: 'embedded' | 'postgres';
  installedAt: Date;
  startedAt: Date;
}

@Injectable()
export class SystemService implements OnModuleInit {
  private installedAt!: Date;
  private readonly startedAt: Date;

  constructor(
    private readonly repository: SystemRepository,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    clock: Clock,
  ) {
    this.startedAt = clock.now();
  }

  async onModuleInit(): Promise<void> {
    // The first start of an installation records itself; later starts read it back (proves persistence).
    const stored = await this.repository.getOrInsert('installed_at', this.startedAt.toISOString());
    this.installedAt = new Date(stored);
  }

  info(): SystemInfo {
    return {
      version: APP_VERSION,
      database: this.database.driver === 'pglite' ? 'embedded' : 'postgres',
      installedAt: this.installedAt,
      startedAt: this.startedAt,
    };
  }

  get environment(): string {
    return this.config.nodeEnv;
  }
}
