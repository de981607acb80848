import { useState, type FormEvent } from 'react';
import { Button, FormError, formLevelMessage, TextField } from '@/components/ui/form-controls';
import { ApiError } from '@/lib/api-client';
import { useSetup } from '../api/setup';
import { passwordHint } from '../password-rules';

/** The first-run form: creates the first admin and signs them in. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const setup = useSetup();
  const error = setup.error instanceof ApiError ? setup.error : undefined;
  const localPasswordError = touched ? passwordHint(password, email) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (passwordHint(password, email)) return;
    setup.mutate({ name, email, password }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormError message={formLevelMessage(error)} />
      <TextField
        label="Name"
        autoComplete="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fieldError('name')}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={error?.fieldError('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={localPasswordError ?? error?.fieldError('password')}
        hint="At least 10 characters; not your email; not a common password."
      />
      <Button type="submit" disabled={setup.isPending}>
        {setup.isPending ? 'Creating…' : 'Create admin account'}
      </Button>
    </form>
  );
}
