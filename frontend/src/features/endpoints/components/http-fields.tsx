import { CheckboxField, Field, inputClass, TextField } from '@/components/ui/form-fields';
import type { FieldErrors } from '../endpoint-form-schema';
import type { EndpointFormValues } from '../endpoint-form-values';
import { AssertionsEditor } from './assertions-editor';
import type { SetField } from './endpoint-form';
import { FormSection as Section } from './form-section';
import { HeadersEditor } from './headers-editor';

/** The HTTP check's fields: schedule and success rules, the request, and how sensitive it is. */
export function HttpSections({ v, errors, set }: { v: EndpointFormValues; errors: FieldErrors; set: SetField }) {
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
