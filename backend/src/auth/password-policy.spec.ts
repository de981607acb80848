import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it.each<[string, string | undefined, string | null]>([
    ['correct horse battery', 'a@b.c', null],
    ['short', undefined, 'must be at least 10 characters'],
    ['123456789', undefined, 'must be at least 10 characters'],
    ['x'.repeat(257), undefined, 'must be at most 256 characters'],
    ['x'.repeat(256).replace(/^x/, 'y'), undefined, null],
    ['alice@example.com', 'Alice@Example.com', 'must not be your email address'],
    ['alice@example.com', 'bob@example.com', null],
    ['Password123', undefined, 'is too common; choose another'],
    ['1234567890', undefined, 'is too common; choose another'],
    ['QWERTYUIOP', undefined, 'is too common; choose another'],
    ['zzzzzzzzzzzz', undefined, 'is too common; choose another'],
  ])('%s (email %s) → %s', (password, email, expected) => {
    expect(passwordProblem(password, email)).toBe(expected);
  });
});
