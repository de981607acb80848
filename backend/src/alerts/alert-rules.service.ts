import { Injectable } from '@nestjs/common';
import { NotFound, ValidationFailed, type ErrorDetail } from '../common/errors.js';
import { AlertChannelsRepository } from './alert-channels.repository.js';
import { AlertRulesRepository, type RuleWithChannels, type RuleWrite } from './alert-rules.repository.js';
import { AlertStateRepository } from './alert-state.repository.js';

export type RuleInput = RuleWrite & { channelIds: number[] };

@Injectable()
export class AlertRulesService {
  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly channels: AlertChannelsRepository,
    private readonly state: AlertStateRepository,
  ) {}

  list(filter: { endpointId?: number } = {}): Promise<RuleWithChannels[]> {
    return this.rules.list(filter);
  }

  async get(id: number): Promise<RuleWithChannels> {
    const rule = await this.rules.get(id);
    if (!rule) throw this.notFound(id);
    return rule;
  }

  async create(input: RuleInput): Promise<RuleWithChannels> {
    await this.checkReferences(input);
    const { channelIds, ...values } = input;
    return this.get(await this.rules.insert(values, channelIds));
  }

  async update(id: number, input: RuleInput): Promise<RuleWithChannels> {
    await this.get(id);
    await this.checkReferences(input);
    const { channelIds, ...values } = input;
    if (!(await this.rules.update(id, values, channelIds))) throw this.notFound(id);
    return this.get(id);
  }

  async delete(id: number): Promise<void> {
    if (!(await this.rules.delete(id))) throw this.notFound(id);
  }

  /** The endpoint and channels a rule names must exist (400 naming the field, nothing stored). */
  private async checkReferences(input: RuleInput): Promise<void> {
    const details: ErrorDetail[] = [];
    if (input.endpointId !== null && !(await this.state.endpoint(input.endpointId))) {
      details.push({ field: 'endpoint_id', message: `no endpoint ${input.endpointId}` });
    }
    const found = new Set((await this.channels.getMany(input.channelIds)).map((c) => c.id));
    const missing = input.channelIds.filter((id) => !found.has(id));
    if (missing.length) details.push({ field: 'channel_ids', message: `no alert channel ${missing.join(', ')}` });
    if (details.length) throw new ValidationFailed(details);
  }

  private notFound(id: number) {
    return new NotFound('AlertRuleNotFound', `No alert rule ${id}.`);
  }
}
