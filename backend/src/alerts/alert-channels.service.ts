import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { NotFound, ValidationFailed, type ErrorDetail } from '../common/errors.js';
import { SecretBox } from '../common/secret-box.js';
import { toDetails } from '../common/validation.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { AlertChannelRow, ChannelType } from '../db/schema.js';
import { buildAlertMessage, linkBase } from './alert-message.js';
import { AlertChannelsRepository } from './alert-channels.repository.js';
import { AlertRulesRepository } from './alert-rules.repository.js';
import { decryptConfig, encryptConfig, keepMaskedSecrets, maskConfig } from './channel-secrets.js';
import type { SendContext } from './channels/channel.js';
import { channelKind } from './channels/channel-registry.js';
import { templateProblem } from './webhook-template.js';

export interface ChannelInput {
  name: string;
  type: ChannelType;
  config: Record<string, unknown>;
  enabled: boolean;
}

/** A channel as the API shows it: secrets masked. */
export type ChannelView = Omit<AlertChannelRow, 'config'> & { config: Record<string, unknown> };

export interface TestResult {
  status: 'delivered' | 'failed';
  detail: string | null;
  error: string | null;
  durationMs: number;
}

@Injectable()
export class AlertChannelsService {
  constructor(
    private readonly repository: AlertChannelsRepository,
    private readonly rules: AlertRulesRepository,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<ChannelView[]> {
    return (await this.repository.list()).map((row) => this.view(row));
  }

  async get(id: number): Promise<ChannelView> {
    return this.view(await this.row(id));
  }

  async create(input: ChannelInput): Promise<ChannelView> {
    const config = this.validConfig(input.type, input.config);
    return this.view(await this.repository.insert({ ...input, config: this.encrypt(input.type, config) }));
  }

  async update(id: number, input: ChannelInput): Promise<ChannelView> {
    const existing = await this.row(id);
    if (existing.type !== input.type) {
      throw new ValidationFailed([
        { field: 'type', message: `cannot change from ${existing.type}; create a new channel` },
      ]);
    }
    const kind = channelKind(input.type);
    const { config: merged, problems } = keepMaskedSecrets(input.config, this.decrypted(existing), kind);
    if (problems.length) {
      throw new ValidationFailed(
        problems.map((f) => ({ field: `config.${f}`, message: 'no stored secret to keep; enter the value' })),
      );
    }
    const config = this.validConfig(input.type, merged);
    const row = await this.repository.update(id, { ...input, config: this.encrypt(input.type, config) });
    if (!row) throw this.notFound(id);
    this.rules.forgetHotPath();
    return this.view(row);
  }

  async delete(id: number): Promise<void> {
    if (!(await this.repository.delete(id))) throw this.notFound(id);
    this.rules.forgetHotPath();
  }

  /** Sends a test message through the channel now; a failure is a result, not an error. */
  async test(id: number): Promise<TestResult> {
    const row = await this.row(id);
    const kind = channelKind(row.type);
    const config = this.decrypted(row);
    const now = this.clock.now();
    const message = buildAlertMessage(
      {
        event: 'test',
        endpoint: null,
        status: null,
        previousStatus: null,
        since: now,
        error: null,
        statusCode: null,
        latencyMs: null,
        checkedAt: now,
      },
      linkBase(this.config.publicUrl),
      now,
    );
    const started = performance.now();
    try {
      const detail = await kind.send(kind.render(message, config), config, this.sendContext('test'));
      return { status: 'delivered', detail, error: null, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      return {
        status: 'failed',
        detail: null,
        error: (error as Error).message,
        durationMs: Math.round(performance.now() - started),
      };
    }
  }

  /** The channel's config with secrets decrypted, for sending. */
  decrypted(row: AlertChannelRow): Record<string, unknown> {
    return decryptConfig(row.config, channelKind(row.type), (v) => this.box.decrypt(v));
  }

  sendContext(deliveryId: string): SendContext {
    const { sendTimeoutMs, telegramApiUrl, pagerdutyEventsUrl } = this.config.alerts;
    return { timeoutMs: sendTimeoutMs, telegramApiUrl, pagerdutyEventsUrl, deliveryId };
  }

  private validConfig(type: ChannelType, input: Record<string, unknown>): Record<string, unknown> {
    const kind = channelKind(type);
    const parsed = kind.configSchema.safeParse(input);
    if (!parsed.success) {
      throw new ValidationFailed(
        toDetails(parsed.error).map((d) => ({ ...d, field: d.field ? `config.${d.field}` : 'config' })),
      );
    }
    const config = parsed.data as Record<string, unknown>;
    const details: ErrorDetail[] = [];
    if (type === 'webhook' && typeof config.template === 'string') {
      const problem = templateProblem(config.template, this.sampleMessage());
      if (problem) details.push({ field: 'config.template', message: problem });
    }
    if (details.length) throw new ValidationFailed(details);
    return config;
  }

  private sampleMessage() {
    const now = this.clock.now();
    return buildAlertMessage(
      {
        event: 'down',
        endpoint: { id: 1, name: 'Sample "API"', url: 'https://example.com/health' },
        status: 'DOWN',
        previousStatus: 'UP',
        since: now,
        error: 'connect ECONNREFUSED',
        statusCode: null,
        latencyMs: null,
        checkedAt: now,
      },
      linkBase(this.config.publicUrl),
      now,
    );
  }

  private encrypt(type: ChannelType, config: Record<string, unknown>) {
    return encryptConfig(config, channelKind(type), (v) => this.box.encrypt(v));
  }

  private view(row: AlertChannelRow): ChannelView {
    return { ...row, config: maskConfig(row.config, channelKind(row.type)) };
  }

  private async row(id: number): Promise<AlertChannelRow> {
    const row = await this.repository.get(id);
    if (!row) throw this.notFound(id);
    return row;
  }

  private notFound(id: number) {
    return new NotFound('AlertChannelNotFound', `No alert channel ${id}.`);
  }
}
