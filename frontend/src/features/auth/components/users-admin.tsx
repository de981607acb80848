import { useState, type FormEvent } from 'react';
import { Button, FormPanel, SelectField, TextField } from '@/components/ui/form-controls';
import { TableCard } from '@/components/ui/table-card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { ApiError } from '@/lib/api-client';
import { formatUtc } from '@/lib/format';
import { useCreateUser } from '../api/create-user';
import { useUsers } from '../api/get-users';
import { useResetUserPassword } from '../api/reset-user-password';
import { useUpdateUser } from '../api/update-user';
import { ROLE_LABELS, ROLES } from '../roles';
import type { Role, User, UserWithInvite } from '../types';
import { useCurrentUser } from '../use-current-user';
import { OneTimeSecret } from './one-time-secret';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Settings → Users (admins): invite or create users, change roles, disable, reset passwords. */
export function UsersAdmin() {
  const users = useUsers();
  const [invite, setInvite] = useState<{ email: string; url: string } | null>(null);
  const showInvite = (u: UserWithInvite) =>
    u.invite_url && setInvite({ email: u.email, url: new URL(u.invite_url, window.location.origin).toString() });

  return (
    <div className="flex flex-col gap-6">
      <CreateUserForm onCreated={showInvite} />
      {invite && (
        <OneTimeSecret
          label={`Invitation link for ${invite.email}`}
          value={invite.url}
          onDone={() => setInvite(null)}
        />
      )}
      {users.isLoading ? (
        <LoadingState label="Loading users…" />
      ) : users.isError ? (
        <ErrorState
          title="Users could not be loaded"
          message={users.error.message}
          onRetry={() => void users.refetch()}
        />
      ) : !users.data?.items.length ? (
        <EmptyState title="No users yet" />
      ) : (
        <UsersTable users={users.data.items} onInvite={showInvite} />
      )}
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (user: UserWithInvite) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const create = useCreateUser();
  const error = create.error instanceof ApiError ? create.error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { email, name, role, password: password || undefined },
      {
        onSuccess: (user) => {
          setEmail('');
          setName('');
          setPassword('');
          onCreated(user);
        },
      },
    );
  };

  return (
    <FormPanel title="Add a user" onSubmit={submit} error={create.error} columns={2}>
      <TextField
        label="Email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={error?.fieldError('email')}
      />
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fieldError('name')}
      />
      <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} options={ROLE_OPTIONS} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={error?.fieldError('password')}
        hint="Leave empty to get a one-time invitation link instead."
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          Add user
        </Button>
      </div>
    </FormPanel>
  );
}

function UsersTable({ users, onInvite }: { users: User[]; onInvite: (user: UserWithInvite) => void }) {
  const { user: me } = useCurrentUser();
  const update = useUpdateUser();
  const reset = useResetUserPassword();
  return (
    <TableCard
      caption="Users"
      columns={['User', 'Role', 'Status', 'Last sign-in', '']}
      error={(update.error ?? reset.error)?.message}
    >
      {users.map((u) => (
        <tr key={u.id} className="border-b border-slate-100 last:border-0">
          <td className="px-3 py-2">
            <div className="font-medium">{u.name}</div>
            <div className="text-slate-500">{u.email}</div>
          </td>
          <td className="px-3 py-2">
            <label className="sr-only" htmlFor={`role-${u.id}`}>
              Role of {u.email}
            </label>
            <select
              id={`role-${u.id}`}
              value={u.role}
              onChange={(e) => update.mutate({ id: u.id, role: e.target.value as Role })}
              className="rounded-md border border-slate-300 bg-white px-2 py-1"
            >
              {ROLE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </td>
          <td className="px-3 py-2">{u.disabled ? 'Disabled' : u.invite_pending ? 'Invited' : 'Active'}</td>
          <td className="px-3 py-2 text-slate-600">
            {u.last_login_at ? formatUtc(new Date(u.last_login_at)) : 'Never'}
          </td>
          <td className="flex flex-wrap justify-end gap-2 px-3 py-2">
            <Button variant="secondary" onClick={() => reset.mutate({ id: u.id }, { onSuccess: onInvite })}>
              Reset password
            </Button>
            {u.id !== me?.id && (
              <Button
                variant={u.disabled ? 'secondary' : 'danger'}
                onClick={() => update.mutate({ id: u.id, disabled: !u.disabled })}
              >
                {u.disabled ? 'Enable' : 'Disable'}
              </Button>
            )}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
