import { createTestApp, type TestApp } from '../app.js';
import { emitStateChange, eventually, FAST_ALERTS, makeEndpoint, stateChange } from './factories.js';
import { SmtpReceiver, type SmtpTls } from './receivers.js';
import { selfSignedCertificate } from './self-signed.js';
import { addRule, history, sendTest } from './setup.js';

const T0 = new Date('2026-12-01T10:00:00Z');
const CREDENTIALS = { user: 'alerts', password: 'smtp-pass' };

describe('email channel over TLS (smtp-server with a self-signed certificate)', () => {
  const server = selfSignedCertificate();
  const stranger = selfSignedCertificate('someone else');
  let t: TestApp;
  const servers: SmtpReceiver[] = [];

  beforeAll(async () => {
    t = await createTestApp({ ...FAST_ALERTS, ALERT_SEND_TIMEOUT_MS: '3000' });
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  const smtp = async (mode?: SmtpTls['mode']) => {
    const receiver = await SmtpReceiver.start(CREDENTIALS, mode ? { mode, ...server } : undefined);
    servers.push(receiver);
    return receiver;
  };
  const createChannel = async (port: number, tlsConfig: Record<string, unknown>) =>
    t
      .http()
      .post('/api/v1/alert-channels')
      .set(await t.auth())
      .send({
        name: `Mail ${port}`,
        type: 'email',
        config: {
          host: '127.0.0.1',
          port,
          ...CREDENTIALS,
          from: 'apimon@example.com',
          to: ['ops@example.com'],
          ...tlsConfig,
        },
      });
  const channel = async (port: number, tlsConfig: Record<string, unknown>) => {
    const res = await createChannel(port, tlsConfig);
    expect(res.status).toBe(201);
    return res.body as { id: number; config: Record<string, unknown> };
  };

  it('implicit TLS (tls: "tls"): delivers to a server whose certificate tls_ca trusts', async () => {
    const receiver = await smtp('implicit');
    const { id, config } = await channel(receiver.port, { tls: 'tls', tls_ca: server.cert });
    expect(config).toMatchObject({ tls: 'tls', tls_ca: server.cert, tls_reject_unauthorized: true });
    expect(await sendTest(t, id)).toMatchObject({ status: 'delivered', detail: expect.stringMatching(/^SMTP 250/) });
    const [mail] = await receiver.waitFor(1);
    expect(mail).toMatchObject({ secure: true, user: 'alerts', to: ['ops@example.com'] });
  });

  it('STARTTLS required (tls: "starttls"): upgrades before AUTH and MAIL', async () => {
    const receiver = await smtp('starttls');
    const { id } = await channel(receiver.port, { tls: 'starttls', tls_ca: server.cert });
    expect(await sendTest(t, id)).toMatchObject({ status: 'delivered' });
    const [mail] = await receiver.waitFor(1);
    expect(mail).toMatchObject({ secure: true, user: 'alerts' });
  });

  it('STARTTLS required but not offered: fails instead of sending in clear text', async () => {
    const receiver = await smtp(); // plain, STARTTLS disabled
    const { id } = await channel(receiver.port, { tls: 'starttls' });
    const result = await sendTest(t, id);
    expect(result).toMatchObject({ status: 'failed', detail: null });
    expect(result.error).toMatch(/^SMTP: .*STARTTLS/i);
    expect(receiver.mails).toHaveLength(0);
  });

  it.each([
    ['tls', 'implicit'],
    ['starttls', 'starttls'],
  ] as const)('tls "%s" to an untrusted certificate: the exact error, nothing sent', async (tls, mode) => {
    const receiver = await smtp(mode);
    const untrusted = await channel(receiver.port, { tls });
    expect(await sendTest(t, untrusted.id)).toMatchObject({
      status: 'failed',
      detail: null,
      error: 'SMTP: self-signed certificate',
    });
    const wrongCa = await channel(receiver.port, { tls, tls_ca: stranger.cert });
    expect(await sendTest(t, wrongCa.id)).toMatchObject({ status: 'failed', error: 'SMTP: self-signed certificate' });
    expect(receiver.mails).toHaveLength(0);
  });

  it('tls_reject_unauthorized: false accepts the untrusted certificate (still encrypted)', async () => {
    const receiver = await smtp('implicit');
    const { id } = await channel(receiver.port, { tls: 'tls', tls_reject_unauthorized: false });
    expect(await sendTest(t, id)).toMatchObject({ status: 'delivered' });
    expect((await receiver.waitFor(1))[0]!.secure).toBe(true);
  });

  it('an alert to an untrusted server is retried with the error, and delivered once the CA is trusted', async () => {
    const receiver = await smtp('starttls');
    const created = await channel(receiver.port, { tls: 'starttls' });
    const endpoint = await makeEndpoint(t.database, { name: 'Mail API' });
    await addRule(t, [created.id], { scope: 'endpoint', endpoint_id: endpoint.id, events: ['down'] });
    await emitStateChange(t.app, stateChange(endpoint, 'UP', 'DOWN', T0));
    const retrying = await eventually(async () => {
      const [row] = await history(t, { channel_id: created.id });
      return row && (row.attempts as number) >= 2 && row;
    });
    expect(retrying).toMatchObject({ status: 'pending', last_error: 'SMTP: self-signed certificate' });
    expect(receiver.mails).toHaveLength(0);

    await t
      .http()
      .put(`/api/v1/alert-channels/${created.id}`)
      .set(await t.auth())
      .send({ name: 'Mail', type: 'email', config: { ...created.config, tls_ca: server.cert } })
      .expect(200);
    const [mail] = await receiver.waitFor(1);
    expect(mail!.mail.subject).toBe('[apimon] Mail API is DOWN');
    const sent = await eventually(async () => {
      const [row] = await history(t, { channel_id: created.id });
      return row?.status === 'sent' && row;
    });
    expect(sent.last_error).toBeNull();
    expect(receiver.mails).toHaveLength(1);
  });

  it('validates the TLS options at the edge', async () => {
    const res = await createChannel(2525, { tls: 'tls', tls_ca: 'not a certificate' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { field: 'config.tls_ca', message: 'must be one or more PEM certificates (-----BEGIN CERTIFICATE-----)' },
    ]);
    const garbled = server.cert.replace(/\n[A-Za-z0-9+/]{20}/, '\nAAAA');
    expect((await createChannel(2525, { tls: 'tls', tls_ca: garbled })).status).toBe(400);
    const plain = await createChannel(2525, { tls: 'none', tls_ca: server.cert, tls_reject_unauthorized: false });
    expect(plain.status).toBe(400);
    expect(plain.body.error.details).toEqual([
      { field: 'config.tls_ca', message: 'only applies with tls "starttls" or "tls"' },
      { field: 'config.tls_reject_unauthorized', message: 'only applies with tls "starttls" or "tls"' },
    ]);
    expect((await createChannel(2525, { tls: 'tls', tls_reject_unauthorized: 'no' })).status).toBe(400);
  });
});
