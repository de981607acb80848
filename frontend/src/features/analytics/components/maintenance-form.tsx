import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';
import { useSaveMaintenance } from '../api/maintenance';
import type { MaintenanceWindow } from '../api/types';
import {
  EMPTY_FORM,
  parseMaintenanceForm,
  toFormValues,
  type MaintenanceFormErrors,
  type MaintenanceFormValues,
} from '../maintenance-form';

const FIELDS: (keyof MaintenanceFormErrors)[] = ['title', 'endpoint_ids', 'tags', 'starts_at', 'ends_at', 'timezone'];

/** Create or edit one window; client rules mirror the server's, and server 400s land on their fields. */
export function MaintenanceForm({ editing, onDone }: { editing: MaintenanceWindow | null; onDone: () => void }) {
  const [values, setValues] = useState<MaintenanceFormValues>(editing ? toFormValues(editing) : EMPTY_FORM);
  const [errors, setErrors] = useState<MaintenanceFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveMaintenance();
  const set = <K extends keyof MaintenanceFormValues>(key: K, value: MaintenanceFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const parsed = parseMaintenanceForm(values);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    try {
      await save.mutateAsync({ id: editing?.id, input: parsed.input });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.details.length) {
        const server: MaintenanceFormErrors = {};
        for (const f of FIELDS) if (error.fieldError(f)) server[f] = error.fieldError(f);
        setErrors(server);
        if (!Object.keys(server).length) setFormError(error.message);
      } else setFormError((error as Error).message);
    }
  }

  const input = 'mt-1 w-full rounded border border-slate-300 px-2 py-1';
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={editing ? 'Edit maintenance window' : 'New maintenance window'}
    >
      <h2 className="font-medium">{editing ? `Edit “${editing.title}”` : 'New maintenance window'}</h2>
      <Field label="Title" error={errors.title}>
        {(props) => (
          <input {...props} className={input} value={values.title} onChange={(e) => set('title', e.target.value)} />
        )}
      </Field>
      <Field label="Description (optional)">
        {(props) => (
          <input
            {...props}
            className={input}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <Field label="Applies to">
        {(props) => (
          <select
            {...props}
            className={input}
            value={values.target}
            onChange={(e) => set('target', e.target.value as MaintenanceFormValues['target'])}
          >
            <option value="all">All endpoints</option>
            <option value="endpoints">Endpoints by id</option>
            <option value="tags">Endpoints with tags</option>
          </select>
        )}
      </Field>
      {values.target === 'endpoints' && (
        <Field label="Endpoint ids (comma-separated)" error={errors.endpoint_ids}>
          {(props) => (
            <input
              {...props}
              className={input}
              value={values.endpointIds}
              onChange={(e) => set('endpointIds', e.target.value)}
            />
          )}
        </Field>
      )}
      {values.target === 'tags' && (
        <Field label="Tags (comma-separated)" error={errors.tags}>
          {(props) => (
            <input {...props} className={input} value={values.tags} onChange={(e) => set('tags', e.target.value)} />
          )}
        </Field>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Starts (UTC)" error={errors.starts_at}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              className={input}
              value={values.startsAt}
              onChange={(e) => set('startsAt', e.target.value)}
            />
          )}
        </Field>
        <Field label="Ends (UTC)" error={errors.ends_at}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              className={input}
              value={values.endsAt}
              onChange={(e) => set('endsAt', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Repeats">
          {(props) => (
            <select
              {...props}
              className={input}
              value={values.recurrence}
              onChange={(e) => set('recurrence', e.target.value as MaintenanceFormValues['recurrence'])}
            >
              <option value="none">Once</option>
              <option value="daily">Daily</option>
              <option value="weekly">Weekly</option>
            </select>
          )}
        </Field>
        <Field label="Time zone of the repetition" error={errors.timezone}>
          {(props) => (
            <input
              {...props}
              className={input}
              value={values.timezone}
              onChange={(e) => set('timezone', e.target.value)}
            />
          )}
        </Field>
      </div>
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={save.isPending}
          className="rounded bg-slate-800 px-3 py-1.5 text-sm text-white hover:bg-slate-700 disabled:opacity-50"
        >
          {editing ? 'Save changes' : 'Create window'}
        </button>
        <button
          type="button"
          onClick={onDone}
          className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

let fieldSequence = 0;

function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const [id] = useState(() => `mw-field-${++fieldSequence}`);
  return (
    <div className="text-sm">
      <label htmlFor={id} className="block text-slate-700">
        {label}
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-error` : undefined })}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
