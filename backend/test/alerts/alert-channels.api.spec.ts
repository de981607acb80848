import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { alertChannels } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../app.js';
import { HttpReceiver, SmtpReceiver } from './receivers.js';
import { sendTest } from './setup.js';

const MASK = '********';

describe('alert channels API', () => {
  let t: TestApp;
  let receiver: HttpReceiver;
  let telegram: HttpReceiver;
  let pagerduty: HttpReceiver;

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    telegram = await HttpReceiver.start({ status: 200, body: '{"ok":true,"result":{"message_id":77}}' });
    pagerduty = await HttpReceiver.start({ status: 202, body: '{"status":"success","message":"Event processed"}' });
    t = await createTestApp({
      CHECKS: 'off',
      TELEGRAM_API_URL: telegram.url(''),
      PAGERDUTY_EVENTS_URL: pagerduty.url('/v2/enqueue'),
      ALERT_SEND_TIMEOUT_MS: '2000',
      PUBLIC_URL: 'https://apimon.example.com',
    });
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([receiver.close(), telegram.close(), pagerduty.close()]);
  });
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.reply = { status: 200, body: 'ok' };
  });

  const create = async (body: object) =>
    (
      await t
        .http()
        .post('/api/v1/alert-channels')
        .set(await t.auth())
        .send(body)
        .expect(201)
    ).body;

  it('stores a webhook channel with its secrets encrypted and masks them in every response', async () => {
    const channel = await create({
      name: 'Ops webhook',
      type: 'webhook',
      config: {
        url: receiver.url('/hook'),
        secret: 'hmac-secret',
        headers: [{ name: 'Authorization', value: 'Bearer abc' }],
      },
    });
    expect(channel).toMatchObject({
      name: 'Ops webhook',
      type: 'webhook',
      enabled: true,
      config: {
        url: receiver.url('/hook'),
        secret: MASK,
        headers: [{ name: 'Authorization', value: MASK }],
        template: null,
      },
    });
    const [row] = await t.database.db.select().from(alertChannels).where(eq(alertChannels.id, channel.id));
    expect(JSON.stringify(row!.config)).not.toContain('hmac-secret');
    expect(JSON.stringify(row!.config)).not.toContain('Bearer abc');
    expect(row!.config.secret).toMatch(/^enc:v1:/);

    const list = await t
      .http()
      .get('/api/v1/alert-channels')
      .set(await t.auth())
      .expect(200);
    expect(JSON.stringify(list.body)).not.toContain('hmac-secret');
    const one = await t
      .http()
      .get(`/api/v1/alert-channels/${channel.id}`)
      .set(await t.auth())
      .expect(200);
    expect(one.body.config.secret).toBe(MASK);
  });

  it('keeps the stored secrets when a PUT sends the mask back, and signs with them', async () => {
    const channel = await create({
      name: 'Signed',
      type: 'webhook',
      config: { url: receiver.url('/a'), secret: 'keep-me', headers: [{ name: 'X-Token', value: 't0k3n' }] },
    });
    const updated = await t
      .http()
      .put(`/api/v1/alert-channels/${channel.id}`)
      .set(await t.auth())
      .send({ ...channel, name: 'Signed (renamed)', config: { ...channel.config, url: receiver.url('/b') } })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Signed (renamed)', config: { secret: MASK } });

    const result = await sendTest(t, channel.id);
    expect(result).toMatchObject({ status: 'delivered', detail: 'HTTP 200', error: null });
    const [req] = await receiver.waitFor(1);
    expect(req!.path).toBe('/b');
    expect(req!.headers['x-token']).toBe('t0k3n');
    const expected = `sha256=${createHmac('sha256', 'keep-me').update(req!.body).digest('hex')}`;
    expect(req!.headers['x-apimon-signature']).toBe(expected);
    expect(req!.json).toMatchObject({ event: 'test', title: 'apimon test alert', link: 'https://apimon.example.com' });
  });

  it('rejects a PUT that changes the kind, or sends a mask with nothing stored', async () => {
    const channel = await create({ name: 'Hook', type: 'webhook', config: { url: receiver.url() } });
    const kind = await t
      .http()
      .put(`/api/v1/alert-channels/${channel.id}`)
      .set(await t.auth())
      .send({ name: 'x', type: 'slack', config: { webhook_url: receiver.url() } })
      .expect(400);
    expect(kind.body.error.details).toEqual([{ field: 'type', message: expect.stringContaining('cannot change') }]);
    const mask = await t
      .http()
      .put(`/api/v1/alert-channels/${channel.id}`)
      .set(await t.auth())
      .send({ name: 'x', type: 'webhook', config: { url: receiver.url(), secret: MASK } })
      .expect(400);
    expect(mask.body.error.details[0].field).toBe('config.secret');
  });

  it.each([
    [{ name: '', type: 'webhook', config: { url: 'ftp://x' } }, ['name']],
    [{ name: 'x', type: 'pigeon', config: {} }, ['type']],
    [
      { name: 'x', type: 'email', config: { host: '', from: 'nope', to: [] } },
      ['config.from', 'config.host', 'config.to'],
    ],
    [{ name: 'x', type: 'webhook', config: { url: 'ftp://x' } }, ['config.url']],
    [{ name: 'x', type: 'webhook', config: { url: 'http://h/', template: '{"a": {status}}' } }, ['config.template']],
    [
      {
        name: 'x',
        type: 'webhook',
        config: { url: 'http://h/', headers: [{ name: 'X-Apimon-Signature', value: 'v' }] },
      },
      ['config.headers.0.name'],
    ],
    [{ name: 'x', type: 'telegram', config: { bot_token: 'nope', chat_id: '12' } }, ['config.bot_token']],
    [{ name: 'x', type: 'pagerduty', config: { routing_key: 'short' } }, ['config.routing_key']],
    [{ name: 'x', type: 'slack', config: { webhook_url: 'x', extra: 1 } }, ['config', 'config.webhook_url']],
  ])('answers 400 ValidationFailed naming each bad field for %j, storing nothing', async (body, fields) => {
    const before = (await t.database.db.select().from(alertChannels)).length;
    const res = await t
      .http()
      .post('/api/v1/alert-channels')
      .set(await t.auth())
      .send(body)
      .expect(400);
    expect(res.body.error.code).toBe('ValidationFailed');
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(fields);
    expect((await t.database.db.select().from(alertChannels)).length).toBe(before);
  });

  it('answers 404 for unknown channels and deletes known ones', async () => {
    const res = await t
      .http()
      .get('/api/v1/alert-channels/99999')
      .set(await t.auth())
      .expect(404);
    expect(res.body.error.code).toBe('AlertChannelNotFound');
    await t
      .http()
      .post('/api/v1/alert-channels/99999/test')
      .set(await t.auth())
      .expect(404);
    const channel = await create({ name: 'Temp', type: 'webhook', config: { url: receiver.url() } });
    await t
      .http()
      .delete(`/api/v1/alert-channels/${channel.id}`)
      .set(await t.auth())
      .expect(204);
    await t
      .http()
      .delete(`/api/v1/alert-channels/${channel.id}`)
      .set(await t.auth())
      .expect(404);
    await t
      .http()
      .get('/api/v1/alert-channels/abc')
      .set(await t.auth())
      .expect(400);
  });

  it('reports the exact error of a failing test send: 5xx, refused connection', async () => {
    const channel = await create({ name: 'Broken', type: 'webhook', config: { url: receiver.url() } });
    receiver.reply = { status: 500, body: 'boom' };
    expect(await sendTest(t, channel.id)).toMatchObject({ status: 'failed', detail: null, error: 'HTTP 500: boom' });

    const gone = await HttpReceiver.start();
    await gone.close();
    const refused = await create({ name: 'Nobody', type: 'slack', config: { webhook_url: gone.url('/services/x') } });
    const result = await sendTest(t, refused.id);
    expect(result.status).toBe('failed');
    expect(result.error).toContain('ECONNREFUSED');
  });

  it('sends a Slack Block Kit message', async () => {
    const channel = await create({
      name: 'Slack',
      type: 'slack',
      config: { webhook_url: receiver.url('/services/T/B/X') },
    });
    expect(channel.config.webhook_url).toBe(MASK);
    expect((await sendTest(t, channel.id)).status).toBe('delivered');
    const [req] = await receiver.waitFor(1);
    expect(req!.path).toBe('/services/T/B/X');
    expect(req!.json).toMatchObject({
      text: expect.stringContaining('apimon test alert'),
      blocks: expect.arrayContaining([
        { type: 'header', text: { type: 'plain_text', text: 'apimon test alert', emoji: true } },
        { type: 'actions', elements: [expect.objectContaining({ type: 'button', url: 'https://apimon.example.com' })] },
      ]),
    });
  });

  it('sends a Discord embed and a Teams Adaptive Card', async () => {
    const discord = await create({
      name: 'Discord',
      type: 'discord',
      config: { webhook_url: receiver.url('/api/webhooks/1/x') },
    });
    const teams = await create({ name: 'Teams', type: 'teams', config: { webhook_url: receiver.url('/teams') } });
    expect((await sendTest(t, discord.id)).status).toBe('delivered');
    expect((await sendTest(t, teams.id)).status).toBe('delivered');
    const [d, m] = await receiver.waitFor(2);
    expect(d!.json).toMatchObject({
      embeds: [{ title: 'apimon test alert', color: expect.any(Number), fields: expect.any(Array) }],
    });
    expect(m!.json).toMatchObject({
      type: 'message',
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4' } },
      ],
    });
  });

  it('sends through the Telegram Bot API at TELEGRAM_API_URL and keeps the token out of errors', async () => {
    const channel = await create({
      name: 'TG',
      type: 'telegram',
      config: { bot_token: '123456:ABC-secret_token', chat_id: '-100200' },
    });
    expect(channel.config).toEqual({ bot_token: MASK, chat_id: '-100200' });
    expect(await sendTest(t, channel.id)).toMatchObject({ status: 'delivered', detail: 'HTTP 200 message 77' });
    const [req] = await telegram.waitFor(1);
    expect(req!.path).toBe('/bot123456:ABC-secret_token/sendMessage');
    expect(req!.json).toMatchObject({
      chat_id: '-100200',
      parse_mode: 'HTML',
      text: expect.stringContaining('<b>apimon test alert</b>'),
    });

    telegram.reply = { status: 400, body: '{"ok":false,"description":"Bad Request: chat not found"}' };
    const failed = await sendTest(t, channel.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('chat not found');
    expect(failed.error).not.toContain('secret_token');
  });

  it('sends PagerDuty Events API v2 events with the routing key', async () => {
    const channel = await create({ name: 'PD', type: 'pagerduty', config: { routing_key: 'a'.repeat(32) } });
    expect((await sendTest(t, channel.id)).status).toBe('delivered');
    const [trigger, resolve] = await pagerduty.waitFor(2);
    expect(trigger!.path).toBe('/v2/enqueue');
    expect(trigger!.json).toMatchObject({
      routing_key: 'a'.repeat(32),
      event_action: 'trigger',
      dedup_key: 'apimon-test',
      payload: { summary: 'apimon test alert', severity: 'info', source: expect.any(String) },
    });
    expect(resolve!.json).toMatchObject({
      routing_key: 'a'.repeat(32),
      event_action: 'resolve',
      dedup_key: 'apimon-test',
    });
  });

  it('sends an email over SMTP with authentication, text and HTML', async () => {
    const smtp = await SmtpReceiver.start();
    try {
      const channel = await create({
        name: 'Mail',
        type: 'email',
        config: {
          host: '127.0.0.1',
          port: smtp.port,
          tls: 'none',
          user: 'alerts',
          password: 'smtp-pass',
          from: 'apimon@example.com',
          to: ['ops@example.com', 'dev@example.com'],
        },
      });
      expect(channel.config.password).toBe(MASK);
      const result = await sendTest(t, channel.id);
      expect(result).toMatchObject({ status: 'delivered', detail: expect.stringMatching(/^SMTP 250/) });
      const [mail] = await smtp.waitFor(1);
      expect(mail!.user).toBe('alerts');
      expect(mail!.to).toEqual(['ops@example.com', 'dev@example.com']);
      expect(mail!.mail.subject).toBe('[apimon] apimon test alert');
      expect(mail!.mail.text).toContain('this channel works');
      expect(mail!.mail.html).toContain('<h2');

      await t
        .http()
        .put(`/api/v1/alert-channels/${channel.id}`)
        .set(await t.auth())
        .send({ ...channel, config: { ...channel.config, password: 'wrong' } })
        .expect(200);
      const failed = await sendTest(t, channel.id);
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/^SMTP: .*Invalid username or password/);
    } finally {
      await smtp.close();
    }
  });
});
