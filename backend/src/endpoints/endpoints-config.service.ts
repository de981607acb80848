import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SecretBox } from '../common/secret-box.js';
import { APP_CONFIG } from '../config/config.module.js';
import { loadConfigFile } from '../config/config-file.js';
import type { AppConfig } from '../config/config.schema.js';
import type { NewEndpointRow } from '../db/schema.js';
import type { EndpointChange } from './endpoint.events.js';
import { rowToDefinition } from './endpoint-rows.js';
import type { EndpointDefinition } from './endpoint-validation.js';
import { endpointsFromDocument } from './endpoints-config-file.js';
import { EndpointsRepository } from './endpoints.repository.js';
import { EndpointsService } from './endpoints.service.js';
import { openHeaders } from './secret-headers.js';

export const CONFIG_MANAGER = 'config';

export interface ConfigSyncSummary {
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
}

/**
 * Configuration as code: at start-up the `endpoints:` of the CONFIG_PATH file are created or updated
 * (matched by name among the endpoints the file manages) and marked managed_by "config"; an endpoint
 * the file no longer lists is deactivated and handed back to the API (managed_by null), so it can be
 * deleted or edited there. Any error in the file stops start-up, naming entry and field.
 *
 * Runs in onModuleInit, before any onApplicationBootstrap hook, so the check scheduler loading its
 * endpoints at bootstrap sees the file's state.
 */
@Injectable()
export class EndpointsConfigService implements OnModuleInit {
  private readonly logger = new Logger('EndpointsConfig');

  constructor(
    private readonly endpoints: EndpointsService,
    private readonly repository: EndpointsRepository,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.configPath) return;
    const summary = await this.apply(await this.read(this.config.configPath));
    this.logger.log(`${this.config.configPath}: ${JSON.stringify(summary)}`);
  }

  private async read(file: string): Promise<EndpointDefinition[]> {
    return endpointsFromDocument(await loadConfigFile(file), file);
  }

  /** Brings the managed endpoints in line with the file's definitions, in one transaction. */
  async apply(definitions: EndpointDefinition[]): Promise<ConfigSyncSummary> {
    const managed = new Map((await this.repository.findManagedBy(CONFIG_MANAGER)).map((row) => [row.name, row]));
    const inserts: NewEndpointRow[] = [];
    const updates: { id: number; values: Partial<NewEndpointRow>; change: EndpointChange }[] = [];
    let unchanged = 0;
    for (const definition of definitions) {
      const row = managed.get(definition.name);
      if (row && row.kind === definition.kind) {
        managed.delete(definition.name);
        const current = rowToDefinition(row, openHeaders(row.headers, this.box));
        if (isDeepStrictEqual(current, definition)) {
          unchanged += 1;
          continue;
        }
        const flipped = row.isActive !== definition.isActive;
        updates.push({
          id: row.id,
          values: this.endpoints.updatedColumns(row, definition),
          change: flipped ? (definition.isActive ? 'resumed' : 'paused') : 'updated',
        });
      } else {
        // New, or its kind changed (a different monitor): the old one, if any, is released below.
        inserts.push(this.endpoints.newRow(definition, CONFIG_MANAGER));
      }
    }
    const removed = [...managed.values()];
    for (const row of removed) {
      updates.push({
        id: row.id,
        values: { isActive: false, managedBy: null },
        change: row.isActive ? 'paused' : 'updated',
      });
    }
    const created = await this.repository.sync(inserts, updates);
    for (const row of created) await this.endpoints.emit(row.id, 'created');
    for (const update of updates) await this.endpoints.emit(update.id, update.change);
    return {
      created: created.length,
      updated: updates.length - removed.length,
      unchanged,
      deactivated: removed.length,
    };
  }
}
