import { useState, type FormEvent } from 'react';
import { Button, FormError, formLevelMessage, TextField } from '@/components/ui/form-controls';
import { ApiError } from '@/lib/api-client';
import { useAcceptInvite } from '../api/accept-invite';
import { passwordHint } from '../password-rules';

/** Chooses a password from a one-time invitation (or reset) link. */
export function AcceptInviteForm({ token, onDone }: { token: string; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const accept = useAcceptInvite();
  const error = accept.error instanceof ApiError ? accept.error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (passwordHint(password)) return;
    accept.mutate({ token, password }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormError message={formLevelMessage(error)} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={(touched ? passwordHint(password) : null) ?? error?.fieldError('password')}
      />
      <Button type="submit" disabled={accept.isPending}>
        Set password and sign in
      </Button>
    </form>
  );
}
