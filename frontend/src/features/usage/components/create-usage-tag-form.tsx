import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api-client';
import { useCreateUsageTag } from '../api/usage-tag-mutations';
import type { UsageTag } from '../api/types';
import { usageTagFormSchema } from '../usage-tag-schema';

/** Name a new tag; field errors come from the same rule as the server's, or from the server (409). */
export function CreateUsageTagForm({ onCreated }: { onCreated: (tag: UsageTag) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string>();
  const create = useCreateUsageTag();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = usageTagFormSchema.safeParse({ name, anonymous_updates: anonymous });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    create.mutate(parsed.data, {
      onSuccess: (tag) => {
        setName('');
        setAnonymous(false);
        onCreated(tag);
      },
      onError: (e) =>
        setError(e instanceof ApiError ? (e.fieldError('name') ?? e.message) : 'The tag could not be created.'),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="font-medium">New tag</h2>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-name`} className="text-sm font-medium text-slate-800">
            Tag name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            placeholder="signup/completed"
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-emerald-600 aria-[invalid=true]:border-red-500"
          />
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="text-xs text-slate-500">
              Letters, digits, “-”, “_”, “.” and “/”; up to 100 characters.
            </p>
          )}
        </div>
        <label className="mt-7 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          Accept updates without an API key
        </label>
        <button
          type="submit"
          disabled={create.isPending}
          className="mt-6 rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:opacity-50"
        >
          {create.isPending ? 'Creating…' : 'Create tag'}
        </button>
      </div>
    </form>
  );
}
