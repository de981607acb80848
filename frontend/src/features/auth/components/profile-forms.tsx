import { useState, type FormEvent } from 'react';
import { Button, FormPanel, TextField } from '@/components/ui/form-controls';
import { LoadingState } from '@/components/ui/states';
import { ApiError } from '@/lib/api-client';
import { useChangePassword } from '../api/change-password';
import { useUpdateProfile } from '../api/update-profile';
import { passwordHint } from '../password-rules';
import { ROLE_LABELS } from '../roles';
import { useCurrentUser } from '../use-current-user';

/** Profile: your name and your password (changing it signs out every other session). */
export function ProfileForms() {
  const { user, isLoading } = useCurrentUser();
  if (isLoading || !user) return <LoadingState />;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <NameForm initial={user.name} email={user.email} role={ROLE_LABELS[user.role]} />
      <PasswordForm email={user.email} />
    </div>
  );
}

function NameForm({ initial, email, role }: { initial: string; email: string; role: string }) {
  const [name, setName] = useState(initial);
  const update = useUpdateProfile();
  const error = update.error instanceof ApiError ? update.error : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name });
  };
  return (
    <FormPanel title="Your details" onSubmit={submit} error={update.error}>
      <p className="text-sm text-slate-600">
        {email} · {role}
      </p>
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fieldError('name')}
      />
      {update.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          Saved.
        </p>
      )}
      <Button type="submit" disabled={update.isPending}>
        Save name
      </Button>
    </FormPanel>
  );
}

function PasswordForm({ email }: { email: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [touched, setTouched] = useState(false);
  const change = useChangePassword();
  const error = change.error instanceof ApiError ? change.error : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (passwordHint(next, email)) return;
    change.mutate(
      { current_password: current, new_password: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setTouched(false);
        },
      },
    );
  };
  return (
    <FormPanel title="Change password" onSubmit={submit} error={change.error}>
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={error?.fieldError('current_password')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={(touched ? passwordHint(next, email) : null) ?? error?.fieldError('new_password')}
      />
      {change.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          Password changed. Every other session was signed out.
        </p>
      )}
      <Button type="submit" disabled={change.isPending}>
        Change password
      </Button>
    </FormPanel>
  );
}
