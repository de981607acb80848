import { useState, type FormEvent } from 'react';
import { Button, FormError, formLevelMessage } from '@/components/ui/form-controls';
import { ApiError } from '@/lib/api-client';
import { useLogin } from '../api/login';
import { CredentialFields } from './credential-fields';

/** Email and password; calls onSignedIn once the session exists. */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const error = login.error instanceof ApiError ? login.error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: onSignedIn });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormError message={formLevelMessage(error)} />
      <CredentialFields
        kind="current"
        email={email}
        password={password}
        onEmail={setEmail}
        onPassword={setPassword}
        error={error}
      />
      <Button type="submit" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
