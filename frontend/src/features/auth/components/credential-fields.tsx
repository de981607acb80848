import { TextField } from '@/components/ui/form-controls';
import type { ApiError } from '@/lib/api-client';

/** Email and password inputs, for signing in (`current`) or choosing a first password (`new`). */
export function CredentialFields({
  email,
  password,
  onEmail,
  onPassword,
  kind,
  error,
  passwordError,
}: {
  email: string;
  password: string;
  onEmail: (value: string) => void;
  onPassword: (value: string) => void;
  kind: 'current' | 'new';
  error?: ApiError;
  /** A problem found before sending (the password rules). */
  passwordError?: string | null;
}) {
  return (
    <>
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => onEmail(e.target.value)}
        error={error?.fieldError('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete={`${kind}-password`}
        required
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        error={passwordError ?? error?.fieldError('password')}
        hint={kind === 'new' ? 'At least 10 characters; not your email; not a common password.' : undefined}
      />
    </>
  );
}
