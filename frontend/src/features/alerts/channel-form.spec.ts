import { toChannelConfig, toFormValues } from './channel-form';

describe('toChannelConfig', () => {
  it.each([
    [
      'slack',
      { webhook_url: 'https://hooks.slack.com/services/T/B/X' },
      { webhook_url: 'https://hooks.slack.com/services/T/B/X' },
    ],
    ['slack', { webhook_url: '********' }, null],
    [
      'webhook',
      {
        url: 'http://127.0.0.1:9000/hook',
        secret: '',
        headers: 'Authorization: Bearer x\n\nX-Env: prod',
        template: '',
      },
      {
        url: 'http://127.0.0.1:9000/hook',
        headers: [
          { name: 'Authorization', value: 'Bearer x' },
          { name: 'X-Env', value: 'prod' },
        ],
      },
    ],
    [
      'email',
      {
        host: 'smtp.example.com',
        port: '465',
        tls: 'tls',
        from: 'a@example.com',
        to: 'ops@example.com, dev@example.com',
      },
      {
        host: 'smtp.example.com',
        port: 465,
        tls: 'tls',
        from: 'a@example.com',
        to: ['ops@example.com', 'dev@example.com'],
      },
    ],
    [
      'email',
      {
        host: 'smtp.internal',
        port: '465',
        tls: 'tls',
        tls_ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
        tls_reject_unauthorized: 'skip',
        from: 'a@example.com',
        to: 'ops@example.com',
      },
      {
        host: 'smtp.internal',
        port: 465,
        tls: 'tls',
        tls_ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
        tls_reject_unauthorized: false,
        from: 'a@example.com',
        to: ['ops@example.com'],
      },
    ],
    ['telegram', { bot_token: '123:abc', chat_id: '-100' }, { bot_token: '123:abc', chat_id: '-100' }],
    ['pagerduty', { routing_key: '********' }, { routing_key: '********' }],
  ] as const)('%s %j', (type, values, expected) => {
    const result = toChannelConfig(type, values);
    if (expected === null) expect(result.errors).toEqual({ webhook_url: 'must be an http(s) URL' });
    else expect(result).toEqual({ config: expected, errors: null });
  });

  it.each([
    ['webhook', { url: '' }, { url: 'is required' }],
    [
      'webhook',
      { url: 'ftp://x', headers: 'no colon here' },
      { url: 'must be an http(s) URL', headers: 'line 1: use "Name: value"' },
    ],
    [
      'email',
      { host: 'h', port: '70000', from: 'nope', to: 'ok@example.com, bad' },
      { port: 'must be 1–65535', from: 'must be an email address', to: 'bad is not an email address' },
    ],
    [
      'email',
      { host: 'h', port: '587', from: 'a@example.com', to: 'ok@example.com', tls_ca: 'not a certificate' },
      { tls_ca: 'must be one or more PEM certificates (-----BEGIN CERTIFICATE-----)' },
    ],
    [
      'telegram',
      { bot_token: 'x', chat_id: 'y' },
      { bot_token: 'must look like 123456:ABC-DEF…', chat_id: 'must be a numeric id or @channelname' },
    ],
    ['pagerduty', { routing_key: 'short' }, { routing_key: 'must be the 32-character integration key' }],
  ] as const)('rejects %s %j', (type, values, errors) => {
    expect(toChannelConfig(type, values).errors).toEqual(errors);
  });
});

describe('toFormValues', () => {
  it('turns a stored config back into the form strings', () => {
    expect(
      toFormValues('webhook', {
        url: 'http://h/',
        secret: '********',
        headers: [{ name: 'A', value: '********' }],
        template: null,
      }),
    ).toEqual({ url: 'http://h/', secret: '********', headers: 'A: ********', template: '' });
    expect(toFormValues('email', { host: 'h', to: ['a@x.io', 'b@x.io'] })).toMatchObject({
      to: 'a@x.io, b@x.io',
      port: '587',
      tls: 'starttls',
      tls_ca: '',
      tls_reject_unauthorized: 'verify',
    });
    expect(toFormValues('email', { host: 'h', tls_reject_unauthorized: false })).toMatchObject({
      tls_reject_unauthorized: 'skip',
    });
  });
});
