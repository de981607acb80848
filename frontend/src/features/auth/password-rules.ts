/** The server's password rules that the form can check before sending (the common-password list stays on the server). */
export function passwordHint(password: string, email?: string): string | null {
  if (password.length < 10) return 'must be at least 10 characters';
  if (password.length > 256) return 'must be at most 256 characters';
  if (email && password.toLowerCase() === email.trim().toLowerCase()) return 'must not be your email address';
  return null;
}
