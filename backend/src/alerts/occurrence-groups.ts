import type { AlertRuleRow } from '../db/schema.js';
import type { Occurrence } from './alert-outbox.service.js';
import type { RuleTarget } from './alert-rules.repository.js';
import type { RuleSpec } from './rule-evaluation.js';

export const toSpec = (rule: AlertRuleRow): RuleSpec => rule;

/**
 * Collects the rules owed one occurrence: rules asking for the same message share one rendering.
 * `variant` separates messages that differ for the same occurrence (another event, threshold, silence).
 */
export class OccurrenceGroups {
  private readonly groups = new Map<string, { occurrence: Occurrence; targets: RuleTarget[] }>();

  add(occurrence: Occurrence, target: RuleTarget, variant = ''): void {
    const id = `${occurrence.key}|${occurrence.facts.event}|${occurrence.suppressedReason ?? ''}|${variant}`;
    const group = this.groups.get(id) ?? { occurrence, targets: [] };
    group.targets.push(target);
    this.groups.set(id, group);
  }

  async storeAll(store: (occurrence: Occurrence, targets: RuleTarget[]) => Promise<number>): Promise<number> {
    let stored = 0;
    for (const { occurrence, targets } of this.groups.values()) stored += await store(occurrence, targets);
    return stored;
  }
}
