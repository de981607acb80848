import { useState, type FormEvent } from 'react';
import { Button, FormPanel, SelectField, TextField } from '@/components/ui/form-controls';
import { TableCard } from '@/components/ui/table-card';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { ApiError } from '@/lib/api-client';
import { formatUtc } from '@/lib/format';
import { useCreateApiKey } from '../api/create-api-key';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { can, ROLE_LABELS, ROLES } from '../roles';
import type { ApiKey, CreatedApiKey, Role } from '../types';
import { useCan, useCurrentUser } from '../use-current-user';
import { OneTimeSecret } from './one-time-secret';

/** Settings → API keys: keys for scripts and CI (X-API-Key). Viewers only see theirs. */
export function ApiKeysAdmin() {
  const keys = useApiKeys();
  const canEdit = useCan('editor');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <div className="flex flex-col gap-6">
      {canEdit && <CreateApiKeyForm onCreated={setCreated} />}
      {created && (
        <OneTimeSecret label={`New API key "${created.name}"`} value={created.key} onDone={() => setCreated(null)} />
      )}
      {keys.isLoading ? (
        <LoadingState label="Loading API keys…" />
      ) : keys.isError ? (
        <ErrorState
          title="API keys could not be loaded"
          message={keys.error.message}
          onRetry={() => void keys.refetch()}
        />
      ) : !keys.data?.items.length ? (
        <EmptyState title="No API keys">
          <p className="mt-1">Scripts and CI authenticate with an API key in the X-API-Key header.</p>
        </EmptyState>
      ) : (
        <ApiKeysTable keys={keys.data.items} />
      )}
    </div>
  );
}

function CreateApiKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const { role: myRole } = useCurrentUser();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [expiresOn, setExpiresOn] = useState('');
  const [usageOnly, setUsageOnly] = useState(false);
  const create = useCreateApiKey();
  const error = create.error instanceof ApiError ? create.error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name,
        role,
        expires_at: expiresOn ? new Date(`${expiresOn}T23:59:59Z`).toISOString() : null,
        scopes: usageOnly ? ['usage'] : ['api'],
      },
      {
        onSuccess: (key) => {
          setName('');
          onCreated(key);
        },
      },
    );
  };

  return (
    <FormPanel title="Create an API key" onSubmit={submit} error={create.error} columns={2}>
      <TextField
        label="Key name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fieldError('name')}
      />
      <SelectField
        label="Key role"
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        options={ROLES.filter((r) => can(myRole, r)).map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <TextField
        label="Expires on (optional)"
        type="date"
        value={expiresOn}
        onChange={(e) => setExpiresOn(e.target.value)}
        error={error?.fieldError('expires_at')}
      />
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" checked={usageOnly} onChange={(e) => setUsageOnly(e.target.checked)} />
        Only for reporting usage pings
      </label>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          Create key
        </Button>
      </div>
    </FormPanel>
  );
}

function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const { user, role } = useCurrentUser();
  const revoke = useRevokeApiKey();
  const mayRevoke = (key: ApiKey) => role === 'admin' || (can(role, 'editor') && key.user_id === user?.id);
  return (
    <TableCard
      caption="API keys"
      columns={['Name', 'Key', 'Role', 'Owner', 'Last used', 'Expires', '']}
      error={revoke.error?.message}
    >
      {keys.map((k) => (
        <tr key={k.id} className="border-b border-slate-100 last:border-0">
          <td className="px-3 py-2 font-medium">{k.name}</td>
          <td className="px-3 py-2 font-mono text-xs">{k.prefix}…</td>
          <td className="px-3 py-2">
            {ROLE_LABELS[k.role]}
            {k.scopes.includes('api') ? '' : ' (usage only)'}
          </td>
          <td className="px-3 py-2 text-slate-600">{k.user_email ?? '—'}</td>
          <td className="px-3 py-2 text-slate-600">{k.last_used_at ? formatUtc(new Date(k.last_used_at)) : 'Never'}</td>
          <td className="px-3 py-2 text-slate-600">{k.expires_at ? formatUtc(new Date(k.expires_at)) : 'Never'}</td>
          <td className="px-3 py-2 text-right">
            {mayRevoke(k) && (
              <Button
                variant="danger"
                aria-label={`Revoke ${k.name}`}
                onClick={() =>
                  window.confirm(`Revoke the key "${k.name}"? Scripts using it stop working.`) && revoke.mutate(k.id)
                }
              >
                Revoke
              </Button>
            )}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
