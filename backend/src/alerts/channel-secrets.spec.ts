import { MASK } from '../common/secret-box.js';
import { decryptConfig, encryptConfig, keepMaskedSecrets, maskConfig } from './channel-secrets.js';

const webhook = { secretFields: ['secret'], secretHeaders: true };
const email = { secretFields: ['password'] };
const enc = (s: string) => `enc(${s})`;
const dec = (s: string) => s.slice(4, -1);

describe('channel secrets', () => {
  it.each([
    [email, { host: 'h', password: 'pw' }, { host: 'h', password: MASK }],
    [email, { host: 'h' }, { host: 'h' }],
    [email, { host: 'h', password: '' }, { host: 'h', password: '' }],
    [
      webhook,
      { url: 'u', secret: 's', headers: [{ name: 'Authorization', value: 'Bearer x' }] },
      { url: 'u', secret: MASK, headers: [{ name: 'Authorization', value: MASK }] },
    ],
  ])('masks %j', (kind, config, masked) => {
    expect(maskConfig(config, kind)).toEqual(masked);
  });

  it('round-trips through encryption and leaves other fields alone', () => {
    const config = { url: 'u', secret: 's', headers: [{ name: 'A', value: 'v' }] };
    const stored = encryptConfig(config, webhook, enc);
    expect(stored).toEqual({ url: 'u', secret: 'enc(s)', headers: [{ name: 'A', value: 'enc(v)' }] });
    expect(decryptConfig(stored, webhook, dec)).toEqual(config);
  });

  it('keeps stored secrets when the mask comes back, and takes new ones', () => {
    const stored = { url: 'u', secret: 'old', headers: [{ name: 'Authorization', value: 'Bearer old' }] };
    const { config, problems } = keepMaskedSecrets(
      {
        url: 'u2',
        secret: MASK,
        headers: [
          { name: 'authorization', value: MASK },
          { name: 'X-New', value: 'n' },
        ],
      },
      stored,
      webhook,
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      url: 'u2',
      secret: 'old',
      headers: [
        { name: 'authorization', value: 'Bearer old' },
        { name: 'X-New', value: 'n' },
      ],
    });
    expect(keepMaskedSecrets({ secret: 'new' }, stored, webhook).config).toEqual({ secret: 'new' });
  });

  it('reports a mask with nothing stored behind it', () => {
    const { problems } = keepMaskedSecrets({ secret: MASK, headers: [{ name: 'X', value: MASK }] }, {}, webhook);
    expect(problems).toEqual(['secret', 'headers.0.value']);
  });
});
