import { AlertRulesRepository, HOT_RULES_MAX_AGE_MS } from '../../src/alerts/alert-rules.repository.js';
import { alertRuleChannels, alertRules } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { HttpReceiver } from './receivers.js';
import { addRule, addWebhookChannel } from './setup.js';

/** The per-check path reads latency rules at most every HOT_RULES_MAX_AGE_MS, never stale after a write here. */
describe('latency rules on the per-check path', () => {
  let t: TestApp;
  let receiver: HttpReceiver;
  let rules: AlertRulesRepository;
  let channelId: number;

  beforeAll(async () => {
    receiver = await HttpReceiver.start({ status: 204 });
    t = await createTestApp();
    rules = t.app.get(AlertRulesRepository);
    channelId = await addWebhookChannel(t, receiver.url());
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const ruleIds = async (nowMs: number) =>
    (await rules.enabledForHotPath(['latency_above'], nowMs)).map((target) => target.rule.id);

  it('sees a rule written through the API at once, and one written by another instance within the max age', async () => {
    const start = Date.now();
    expect(await ruleIds(start)).toEqual([]);

    const viaApi = await addRule(t, [channelId], { events: ['latency_above'], latency_threshold_ms: 300 });
    expect(await ruleIds(start + 1)).toEqual([viaApi]);

    // Another instance on the same database: a row this process did not write.
    const [other] = await t.database.db
      .insert(alertRules)
      .values({ name: 'elsewhere', scope: 'all', events: ['latency_above'], latencyThresholdMs: 900 })
      .returning({ id: alertRules.id });
    await t.database.db.insert(alertRuleChannels).values({ ruleId: other!.id, channelId });
    expect(await ruleIds(start + 2)).toEqual([viaApi]);
    expect(await ruleIds(start + 2 + HOT_RULES_MAX_AGE_MS)).toEqual([viaApi, other!.id]);

    await t
      .http()
      .delete(`/api/v1/alert-rules/${viaApi}`)
      .set(await t.auth());
    expect(await ruleIds(start + 3 + HOT_RULES_MAX_AGE_MS)).toEqual([other!.id]);
  });

  it('reads again after a channel is disabled through the API', async () => {
    const before = await rules.enabledForHotPath(['latency_above']);
    expect(before.length).toBeGreaterThan(0);
    const res = await t
      .http()
      .put(`/api/v1/alert-channels/${channelId}`)
      .set(await t.auth())
      .send({ name: 'hook', type: 'webhook', config: { url: receiver.url() }, enabled: false });
    expect(res.status).toBe(200);
    expect(await rules.enabledForHotPath(['latency_above'])).toEqual([]);
  });
});
