/**
 * The password rules, the same on the server and in the SPA's forms: at least 10 characters (and at
 * most 256, so hashing stays cheap), not the email address, not one of the most common passwords.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** Lower-cased; the most frequent ≥ 10-character passwords of public breach lists. */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '0987654321',
  '1111111111',
  '0000000000',
  '1234512345',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'asdfghjkl;',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'password12',
  'password123',
  'password1234',
  'password!',
  'passw0rd123',
  'p@ssw0rd123',
  'p@ssword123',
  'iloveyou12',
  'iloveyou123',
  'sunshine123',
  'princess123',
  'football123',
  'baseball123',
  'welcome123',
  'welcome1234',
  'letmein123',
  'changeme123',
  'administrator',
  'admin12345',
  'admin123456',
  'abcdefghij',
  'abc1234567',
  'abcd123456',
  'a123456789',
  '123456789a',
  '1234567890a',
  'q1w2e3r4t5',
  'zaq12wsxcde',
  'zxcvbnm123',
  'monkey1234',
  'dragon1234',
  'master1234',
  'trustno1234',
  'superman123',
  'batman1234',
  'starwars123',
  'whatever123',
  'qwertyuiop1',
  'aaaaaaaaaa',
  'passwordpassword',
  'apimon1234',
  'apimonadmin',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (email && lower === email.trim().toLowerCase()) return 'must not be your email address';
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) return 'is too common; choose another';
  return null;
}
