import { passwordHint } from './password-rules';

describe('passwordHint (same rules as the server)', () => {
  it.each<[string, string | undefined, string | null]>([
    ['short', undefined, 'must be at least 10 characters'],
    ['long enough pass', undefined, null],
    ['x'.repeat(257), undefined, 'must be at most 256 characters'],
    ['Me@Example.com', 'me@example.com', 'must not be your email address'],
  ])('%s → %s', (password, email, expected) => {
    expect(passwordHint(password, email)).toBe(expected);
  });
});
