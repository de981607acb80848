import { headerNameProblem, headerValueProblem, isSecretHeader } from './header-rules.js';

describe('headerNameProblem', () => {
  it.each(['Accept', 'X-Api-Key', 'x_custom.header', "a!#$%&'*+.^_`|~-9", 'Host'])('accepts %s', (name) => {
    expect(headerNameProblem(name)).toBeNull();
  });

  it.each([
    '',
    'has space',
    'colon:',
    'über',
    'a\nb',
    '(paren)',
    'Content-Length',
    'transfer-encoding',
    'Connection',
    'x'.repeat(257),
  ])('refuses %j', (name) => {
    expect(headerNameProblem(name)).toEqual(expect.any(String));
  });
});

describe('headerValueProblem', () => {
  it.each(['', 'Bearer abc', 'a; b=c', 'x'.repeat(8192)])('accepts %j', (value) => {
    expect(headerValueProblem(value)).toBeNull();
  });
  it.each(['a\r\nX-Injected: 1', 'a\nb', 'nul\0', 'x'.repeat(8193)])('refuses %j', (value) => {
    expect(headerValueProblem(value)).toEqual(expect.any(String));
  });
});

describe('isSecretHeader', () => {
  it.each([
    ['Authorization', undefined, true],
    ['authorization', false, true],
    ['Cookie', undefined, true],
    ['Proxy-Authorization', undefined, true],
    ['X-Api-Key', true, true],
    ['X-Api-Key', false, false],
    ['Accept', undefined, false],
  ])('%s marked %s → %s', (name, marked, secret) => {
    expect(isSecretHeader(name, marked)).toBe(secret);
  });
});
