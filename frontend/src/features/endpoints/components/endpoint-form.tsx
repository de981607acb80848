import { useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { CheckboxField, Field, inputClass, SelectField, TextField } from '@/components/ui/form-fields';
import { ApiError } from '@/lib/api-client';
import { HTTP_METHODS, type EndpointWire } from '@/types/api';
import { useDryRun } from '../api/dry-run';
import { useSaveEndpoint } from '../api/save-endpoint';
import {
  normalizeFieldPath,
  validateEndpointForm,
  type EndpointFormValues,
  type FieldErrors,
} from '../endpoint-form-schema';
import { AssertionsEditor } from './assertions-editor';
import { DryRunResult } from './dry-run-result';
import { HeadersEditor } from './headers-editor';
import { PingUrl } from './ping-url';
import { PushFields } from './push-fields';

/** Server field errors keyed like ours; an error without a field goes under "form". */
function serverErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return { form: (error as Error)?.message ?? 'Saving failed.' };
  const errors: FieldErrors = {};
  for (const d of error.details) errors[d.field ? normalizeFieldPath(d.field) : 'form'] ??= d.message;
  if (Object.keys(errors).length === 0) errors.form = error.message;
  return errors;
}

/** Add or edit one endpoint: every field, validated like the server does, with a dry-run "Test". */
export function EndpointForm({
  initial,
  endpoint,
  onSaved,
  onCancel,
}: {
  initial: EndpointFormValues;
  endpoint?: EndpointWire;
  onSaved: (saved: EndpointWire) => void;
  onCancel: () => void;
}) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveEndpoint(endpoint?.id);
  const dryRun = useDryRun();
  const set = <K extends keyof EndpointFormValues>(key: K, value: EndpointFormValues[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));

  const validated = () => {
    const result = validateEndpointForm(v);
    setErrors(result.ok ? {} : result.errors);
    return result.ok ? result.wire : null;
  };
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const wire = validated();
    if (!wire) return;
    save.mutate(wire, { onSuccess: (saved) => onSaved(saved), onError: (error) => setErrors(serverErrors(error)) });
  };
  const onTest = () => {
    const wire = validated();
    if (wire) dryRun.mutate(wire, { onError: (error) => setErrors(serverErrors(error)) });
  };
  const errorList = Object.entries(errors);

  return (
    <form noValidate onSubmit={onSubmit} className="flex max-w-3xl flex-col gap-6">
      {errorList.length > 0 && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">Please correct {errorList.length === 1 ? 'this field' : 'these fields'}:</p>
          <ul className="mt-1 list-disc pl-5">
            {errorList.map(([field, message]) => (
              <li key={field}>{field === 'form' ? message : `${field}: ${message}`}</li>
            ))}
          </ul>
        </div>
      )}
      <Section title="What to monitor">
        {!endpoint && (
          <fieldset className="flex flex-wrap gap-4 text-sm">
            <legend className="mb-1 text-sm font-medium text-slate-800">Kind</legend>
            {(['http', 'push'] as const).map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" name="kind" checked={v.kind === kind} onChange={() => set('kind', kind)} />
                {kind === 'http' ? 'HTTP check (apimon calls your API)' : 'Heartbeat (your job calls apimon)'}
              </label>
            ))}
          </fieldset>
        )}
        <TextField
          label="Name"
          value={v.name}
          error={errors.name}
          onValue={(x) => set('name', x)}
          required
          maxLength={100}
        />
        {v.kind === 'http' && (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-[8rem_1fr]">
            <SelectField
              label="Method"
              value={v.method}
              options={HTTP_METHODS}
              error={errors.method}
              onValue={(x) => set('method', x as EndpointFormValues['method'])}
            />
            <TextField
              label="URL"
              type="url"
              placeholder="https://api.example.com/health"
              value={v.url}
              error={errors.url}
              onValue={(x) => set('url', x)}
              required
            />
          </div>
        )}
        <TextField
          label="Description"
          value={v.description}
          error={errors.description}
          onValue={(x) => set('description', x)}
        />
        <TextField
          label="Tags"
          hint="Comma-separated, e.g. prod, payments"
          value={v.tags}
          error={errors.tags}
          onValue={(x) => set('tags', x)}
        />
        <TextField
          inputMode="decimal"
          label="SLA target (%)"
          hint="Optional, e.g. 99.9: uptime reports compare against it"
          value={v.slaTarget}
          error={errors.sla_target}
          onValue={(x) => set('slaTarget', x)}
        />
        <CheckboxField
          label="Active"
          hint="Paused endpoints are not checked."
          checked={v.isActive}
          onChecked={(x) => set('isActive', x)}
        />
      </Section>

      {v.kind === 'push' ? (
        <Section title="Heartbeat">
          <PushFields values={v} errors={errors} set={set} />
          {endpoint?.ping_url && <PingUrl url={endpoint.ping_url} />}
        </Section>
      ) : (
        <HttpSections v={v} errors={errors} set={set} />
      )}

      {dryRun.data && <DryRunResult result={dryRun.data} />}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')} disabled={save.isPending}>
          {save.isPending ? 'Saving…' : endpoint ? 'Save changes' : 'Add endpoint'}
        </button>
        {v.kind === 'http' && (
          <button type="button" className={buttonClass('secondary')} onClick={onTest} disabled={dryRun.isPending}>
            {dryRun.isPending ? 'Testing…' : 'Test'}
          </button>
        )}
        <button type="button" className={buttonClass('ghost')} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export type SetField = <K extends keyof EndpointFormValues>(key: K, value: EndpointFormValues[K]) => void;

function HttpSections({ v, errors, set }: { v: EndpointFormValues; errors: FieldErrors; set: SetField }) {
  const num = { inputMode: 'decimal' as const };
  return (
    <>
      <Section title="Schedule and success">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <TextField
            {...num}
            label="Interval (seconds)"
            hint="5–86400"
            value={v.intervalSeconds}
            error={errors.interval}
            onValue={(x) => set('intervalSeconds', x)}
          />
          <TextField
            {...num}
            label="Timeout (seconds)"
            hint="0.1–60, below the interval"
            value={v.timeoutSeconds}
            error={errors.timeout}
            onValue={(x) => set('timeoutSeconds', x)}
          />
          <TextField
            label="Expected status"
            hint="Codes and ranges: 200-299, 304"
            value={v.expectedStatus}
            error={
              errors.expected_status ?? Object.entries(errors).find(([k]) => k.startsWith('expected_status.'))?.[1]
            }
            onValue={(x) => set('expectedStatus', x)}
          />
        </div>
        <AssertionsEditor assertions={v.assertions} errors={errors} onChange={(x) => set('assertions', x)} />
        <CheckboxField
          label="Read a health body"
          hint='A JSON "status" of pass/ok/healthy/up means UP, warn/degraded DEGRADED, fail/down DOWN (application/health+json).'
          checked={v.healthBody}
          onChecked={(x) => set('healthBody', x)}
        />
      </Section>
      <Section title="Request">
        <HeadersEditor headers={v.headers} errors={errors} onChange={(x) => set('headers', x)} />
        <Field label="Body" hint="At most 64 KiB" error={errors.body}>
          {(a11y) => (
            <textarea
              {...a11y}
              rows={4}
              value={v.body}
              onChange={(e) => set('body', e.target.value)}
              className={`${inputClass} font-mono`}
            />
          )}
        </Field>
        <TextField
          label="Content type"
          placeholder="application/json"
          value={v.contentType}
          error={errors.content_type}
          onValue={(x) => set('contentType', x)}
        />
      </Section>
      <Section title="Sensitivity">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            {...num}
            label="Retries"
            hint="0–5, with backoff, before a check counts as failed"
            value={v.retries}
            error={errors.retries}
            onValue={(x) => set('retries', x)}
          />
          <TextField
            {...num}
            label="Degraded above (ms)"
            hint="Optional: slower answers mean DEGRADED"
            value={v.degradedAboveMs}
            error={errors.degraded_above_ms}
            onValue={(x) => set('degradedAboveMs', x)}
          />
          <TextField
            {...num}
            label="Failure threshold"
            hint="Failed checks in a row before DOWN"
            value={v.failureThreshold}
            error={errors.failure_threshold}
            onValue={(x) => set('failureThreshold', x)}
          />
          <TextField
            {...num}
            label="Success threshold"
            hint="Good checks in a row before UP again"
            value={v.successThreshold}
            error={errors.success_threshold}
            onValue={(x) => set('successThreshold', x)}
          />
        </div>
        <CheckboxField
          label="Follow redirects"
          hint="At most 5 hops"
          checked={v.followRedirects}
          onChecked={(x) => set('followRedirects', x)}
        />
        <CheckboxField label="Verify TLS certificates" checked={v.verifyTls} onChecked={(x) => set('verifyTls', x)} />
      </Section>
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-medium">{title}</h2>
      {children}
    </section>
  );
}
