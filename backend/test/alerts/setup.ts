import type { TestApp } from '../app.js';

/** Creates a channel and a rule through the API; returns their ids. */
export async function channelAndRule(
  t: TestApp,
  channel: { type: string; config: object; name?: string },
  rule: Record<string, unknown> = {},
): Promise<{ channelId: number; ruleId: number }> {
  const created = await t
    .http()
    .post('/api/v1/alert-channels')
    .set(await t.auth())
    .send({ name: channel.name ?? `${channel.type} channel`, ...channel })
    .expect(201);
  const ruleId = await addRule(t, [created.body.id], rule);
  return { channelId: created.body.id, ruleId };
}

/** POST /alert-channels/{id}/test: the delivery result, or the exact error. */
export async function sendTest(
  t: TestApp,
  id: number,
): Promise<{ status: string; detail: string | null; error: string | null }> {
  return (
    await t
      .http()
      .post(`/api/v1/alert-channels/${id}/test`)
      .set(await t.auth())
      .expect(200)
  ).body;
}

/** A webhook channel to a receiver, created through the API; returns its id. */
export async function addWebhookChannel(t: TestApp, url: string): Promise<number> {
  const res = await t
    .http()
    .post('/api/v1/alert-channels')
    .set(await t.auth())
    .send({ name: 'hook', type: 'webhook', config: { url } })
    .expect(201);
  return res.body.id;
}

export async function addRule(t: TestApp, channelIds: number[], rule: Record<string, unknown> = {}): Promise<number> {
  const res = await t
    .http()
    .post('/api/v1/alert-rules')
    .set(await t.auth())
    .send({ name: 'Default', scope: 'all', events: ['down', 'recovered'], channel_ids: channelIds, ...rule });
  if (res.status !== 201) throw new Error(`rule not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function history(t: TestApp, query: Record<string, string | number> = {}) {
  const res = await t
    .http()
    .get('/api/v1/alerts')
    .query(query)
    .set(await t.auth())
    .expect(200);
  return res.body.items as Record<string, unknown>[];
}
