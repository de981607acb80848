import { useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api-client';
import { useSaveChannel, useTestChannel } from '../api/channels';
import { CHANNEL_TYPES, type AlertChannel, type ChannelType } from '../api/types';
import {
  CHANNEL_FIELDS,
  CHANNEL_LABELS,
  toChannelConfig,
  toFormValues,
  type FieldDef,
  type FormValues,
} from '../channel-form';
import { CheckboxField, Field, inputClass } from '@/components/ui/form-fields';
import { buttonClass } from '@/components/ui/button';
import { TestResultNote } from './test-result';

/** Add or edit a channel: its own fields per kind; secrets show as ******** and stay unless retyped. */
export function ChannelForm({ channel, onSaved }: { channel?: AlertChannel; onSaved: (c: AlertChannel) => void }) {
  const [name, setName] = useState(channel?.name ?? '');
  const [type, setType] = useState<ChannelType>(channel?.type ?? 'webhook');
  const [enabled, setEnabled] = useState(channel?.enabled ?? true);
  const [values, setValues] = useState<FormValues>(() =>
    toFormValues(channel?.type ?? 'webhook', channel?.config ?? {}),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveChannel(channel?.id);
  const test = useTestChannel();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = toChannelConfig(type, values);
    const local = { ...(result.errors ?? {}), ...(name.trim() ? {} : { name: 'is required' }) };
    setErrors(local);
    if (result.errors || !name.trim()) return;
    save.mutate(
      { name: name.trim(), type, config: result.config, enabled },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError) {
            setErrors(
              Object.fromEntries(
                error.details.map((d) => [(d.field ?? '').replace(/^config\./, '').split('.')[0]!, d.message]),
              ),
            );
          }
        },
      },
    );
  };

  const serverError = save.error instanceof ApiError && !save.error.details.length ? save.error.message : null;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex max-w-xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <Field label="Name" error={errors.name}>
        {(a) => <input {...a} className={inputClass} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Kind" error={errors.type} hint={channel ? 'The kind of a channel cannot change.' : undefined}>
        {(a) => (
          <select
            {...a}
            className={inputClass}
            value={type}
            disabled={!!channel}
            onChange={(e) => {
              const next = e.target.value as ChannelType;
              setType(next);
              setValues(toFormValues(next, {}));
              setErrors({});
            }}
          >
            {CHANNEL_TYPES.map((t) => (
              <option key={t} value={t}>
                {CHANNEL_LABELS[t]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {CHANNEL_FIELDS[type].map((field) => (
        <ConfigField
          key={`${type}-${field.key}`}
          field={field}
          value={values[field.key] ?? ''}
          error={errors[field.key]}
          onChange={(v) => setValues({ ...values, [field.key]: v })}
        />
      ))}
      <CheckboxField label="Enabled" checked={enabled} onChecked={setEnabled} />
      {serverError && <p className="text-sm text-red-800">{serverError}</p>}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass('primary')} disabled={save.isPending}>
          {save.isPending ? 'Saving…' : channel ? 'Save channel' : 'Add channel'}
        </button>
        {channel && (
          <button
            type="button"
            className={buttonClass()}
            disabled={test.isPending}
            onClick={() => test.mutate(channel.id)}
          >
            {test.isPending ? 'Sending…' : 'Send test'}
          </button>
        )}
      </div>
      {channel && <TestResultNote result={test.data} error={test.error} />}
    </form>
  );
}

function ConfigField({
  field,
  value,
  error,
  onChange,
}: {
  field: FieldDef;
  value: string;
  error?: string;
  onChange: (v: string) => void;
}) {
  const label = field.required ? field.label : `${field.label} (optional)`;
  return (
    <Field label={label} hint={field.hint} error={error}>
      {(a) => {
        if (field.input === 'select') {
          return (
            <select {...a} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
              {field.options!.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          );
        }
        if (field.input === 'textarea') {
          return (
            <textarea
              {...a}
              rows={4}
              className={`${inputClass} font-mono`}
              value={value}
              onChange={(e) => onChange(e.target.value)}
            />
          );
        }
        return (
          <input
            {...a}
            className={inputClass}
            type={field.input === 'secret' ? 'password' : field.input === 'number' ? 'number' : 'text'}
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        );
      }}
    </Field>
  );
}
