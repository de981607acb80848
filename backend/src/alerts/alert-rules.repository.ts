import { Injectable } from '@nestjs/common';
import { and, arrayOverlaps, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { InjectDb, type Db } from '../db/database.module.js';
import {
  alertChannels,
  alertRuleChannels,
  alertRules,
  endpoints,
  type AlertChannelRow,
  type AlertRuleRow,
  type RuleEvent,
} from '../db/schema.js';

export type RuleWrite = Omit<AlertRuleRow, 'id' | 'createdAt' | 'updatedAt'>;
export interface RuleWithChannels extends AlertRuleRow {
  channelIds: number[];
}
export interface RuleTarget {
  rule: AlertRuleRow;
  /** The rule's enabled channels. */
  channels: AlertChannelRow[];
}

/**
 * How long the per-check path may reuse the latency rules it read. Writes through this process forget
 * them at once; another instance's rule changes show within this time, and a channel disabled meanwhile
 * is still refused by the dispatcher.
 */
export const HOT_RULES_MAX_AGE_MS = 5_000;

@Injectable()
export class AlertRulesRepository {
  private readonly hot = new Map<string, { at: number; targets: Promise<RuleTarget[]> }>();

  constructor(@InjectDb() private readonly db: Db) {}

  /**
   * enabledFor, remembered for HOT_RULES_MAX_AGE_MS: asked on every completed check (1,000 times a
   * second at 20,000 endpoints), where one query each was most of the engine's database traffic.
   */
  enabledForHotPath(events: RuleEvent[], nowMs = Date.now()): Promise<RuleTarget[]> {
    const key = events.join(',');
    const cached = this.hot.get(key);
    if (cached && nowMs - cached.at < HOT_RULES_MAX_AGE_MS) return cached.targets;
    const targets = this.enabledFor(events);
    this.hot.set(key, { at: nowMs, targets });
    // A failed read is not remembered: the next check asks again.
    targets.catch(() => this.hot.get(key)?.targets === targets && this.hot.delete(key));
    return targets;
  }

  /** Rule or channel written: the hot path reads again. */
  forgetHotPath(): void {
    this.hot.clear();
  }

  /** All rules, or (endpointId) the ones that apply to that endpoint by id, tag or default scope. */
  async list(filter: { endpointId?: number } = {}): Promise<RuleWithChannels[]> {
    const where =
      filter.endpointId === undefined
        ? undefined
        : or(
            eq(alertRules.scope, 'all'),
            eq(alertRules.endpointId, filter.endpointId),
            and(
              eq(alertRules.scope, 'tag'),
              sql`${alertRules.tag} = any(select unnest(${endpoints.tags}) from ${endpoints} where ${endpoints.id} = ${filter.endpointId})`,
            ),
          );
    const rules = await this.db.select().from(alertRules).where(where).orderBy(asc(alertRules.id));
    return this.withChannelIds(rules);
  }

  async get(id: number): Promise<RuleWithChannels | undefined> {
    const rules = await this.db.select().from(alertRules).where(eq(alertRules.id, id));
    return (await this.withChannelIds(rules))[0];
  }

  async insert(values: RuleWrite, channelIds: number[]): Promise<number> {
    const id = await this.db.transaction(async (tx) => {
      const [row] = await tx.insert(alertRules).values(values).returning({ id: alertRules.id });
      await tx.insert(alertRuleChannels).values(channelIds.map((channelId) => ({ ruleId: row!.id, channelId })));
      return row!.id;
    });
    this.forgetHotPath();
    return id;
  }

  async update(id: number, values: RuleWrite, channelIds: number[]): Promise<boolean> {
    const updated = await this.db.transaction(async (tx) => {
      const rows = await tx
        .update(alertRules)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(alertRules.id, id))
        .returning({ id: alertRules.id });
      if (!rows.length) return false;
      await tx.delete(alertRuleChannels).where(eq(alertRuleChannels.ruleId, id));
      await tx.insert(alertRuleChannels).values(channelIds.map((channelId) => ({ ruleId: id, channelId })));
      return true;
    });
    this.forgetHotPath();
    return updated;
  }

  async delete(id: number): Promise<boolean> {
    const rows = await this.db.delete(alertRules).where(eq(alertRules.id, id)).returning({ id: alertRules.id });
    this.forgetHotPath();
    return rows.length > 0;
  }

  /** Enabled rules listening to any of these events, each with its enabled channels (one query). */
  async enabledFor(events: RuleEvent[]): Promise<RuleTarget[]> {
    const rows = await this.db
      .select({ rule: alertRules, channel: alertChannels })
      .from(alertRules)
      .innerJoin(alertRuleChannels, eq(alertRuleChannels.ruleId, alertRules.id))
      .innerJoin(alertChannels, eq(alertChannels.id, alertRuleChannels.channelId))
      .where(
        and(eq(alertRules.enabled, true), arrayOverlaps(alertRules.events, events), eq(alertChannels.enabled, true)),
      )
      .orderBy(asc(alertRules.id), asc(alertChannels.id));
    const targets = new Map<number, RuleTarget>();
    for (const { rule, channel } of rows) {
      const target = targets.get(rule.id) ?? { rule, channels: [] };
      target.channels.push(channel);
      targets.set(rule.id, target);
    }
    return [...targets.values()];
  }

  private async withChannelIds(rules: AlertRuleRow[]): Promise<RuleWithChannels[]> {
    if (!rules.length) return [];
    const links = await this.db
      .select()
      .from(alertRuleChannels)
      .where(
        inArray(
          alertRuleChannels.ruleId,
          rules.map((r) => r.id),
        ),
      );
    return rules.map((rule) => ({
      ...rule,
      channelIds: links
        .filter((l) => l.ruleId === rule.id)
        .map((l) => l.channelId)
        .sort((a, b) => a - b),
    }));
  }
}
