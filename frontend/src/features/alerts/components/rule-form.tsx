import { useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api-client';
import { useChannels } from '../api/channels';
import { useEndpointOptions } from '../api/endpoint-options';
import { useSaveRule } from '../api/rules';
import { RULE_EVENTS, type AlertRule } from '../api/types';
import {
  EVENT_LABELS,
  RULE_FIELD_OF,
  emptyRule,
  toRuleBody,
  toRuleFormValues,
  type RuleFormValues,
} from '../rule-form';
import { CheckboxField, Field, inputClass } from '@/components/ui/form-fields';
import { buttonClass } from '@/components/ui/button';

type Errors = Partial<Record<keyof RuleFormValues, string>>;

export function RuleForm({
  rule,
  endpointId,
  onSaved,
}: {
  rule?: AlertRule;
  endpointId?: number;
  onSaved: (r: AlertRule) => void;
}) {
  const [v, setV] = useState<RuleFormValues>(() => (rule ? toRuleFormValues(rule) : emptyRule(endpointId)));
  const [errors, setErrors] = useState<Errors>({});
  const channels = useChannels();
  const endpoints = useEndpointOptions();
  const save = useSaveRule(rule?.id);
  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) =>
    setV((old) => ({ ...old, [key]: value }));
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = toRuleBody(v);
    setErrors(result.errors ?? {});
    if (!result.body) return;
    save.mutate(result.body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (error instanceof ApiError) {
          setErrors(
            Object.fromEntries(
              error.details.map((d) => [RULE_FIELD_OF[(d.field ?? '').split('.')[0]!] ?? 'name', d.message]),
            ),
          );
        }
      },
    });
  };

  const number = (key: keyof RuleFormValues, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {(a) => (
        <input
          {...a}
          type="number"
          className={inputClass}
          value={String(v[key])}
          onChange={(e) => set(key, e.target.value as never)}
        />
      )}
    </Field>
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex max-w-xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <Field label="Name" error={errors.name}>
        {(a) => <input {...a} className={inputClass} value={v.name} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field label="Scope" error={errors.scope}>
        {(a) => (
          <select
            {...a}
            className={inputClass}
            value={v.scope}
            onChange={(e) => set('scope', e.target.value as RuleFormValues['scope'])}
          >
            <option value="all">All endpoints (default rule)</option>
            <option value="tag">Endpoints with a tag</option>
            <option value="endpoint">One endpoint</option>
          </select>
        )}
      </Field>
      {v.scope === 'endpoint' && (
        <Field label="Endpoint" error={errors.endpointId}>
          {(a) =>
            endpoints.data?.length ? (
              <select
                {...a}
                className={inputClass}
                value={v.endpointId}
                onChange={(e) => set('endpointId', e.target.value)}
              >
                <option value="">Choose…</option>
                {endpoints.data.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...a}
                type="number"
                className={inputClass}
                value={v.endpointId}
                onChange={(e) => set('endpointId', e.target.value)}
              />
            )
          }
        </Field>
      )}
      {v.scope === 'tag' && (
        <Field
          label="Tag"
          error={errors.tag}
          hint="For public services: the target key (github) or target/service (github/Actions)"
        >
          {(a) => <input {...a} className={inputClass} value={v.tag} onChange={(e) => set('tag', e.target.value)} />}
        </Field>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Events</legend>
        {RULE_EVENTS.map((event) => (
          <CheckboxField
            key={event}
            label={EVENT_LABELS[event]}
            checked={v.events.includes(event)}
            onChecked={() => set('events', toggle(v.events, event))}
          />
        ))}
        {errors.events && <p className="text-xs text-red-700">{errors.events}</p>}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Channels</legend>
        {channels.data?.map((c) => (
          <CheckboxField
            key={c.id}
            label={c.name}
            checked={v.channelIds.includes(c.id)}
            onChecked={() => set('channelIds', toggle(v.channelIds, c.id))}
          />
        ))}
        {channels.data?.length === 0 && <p className="text-sm text-slate-600">Add a channel first.</p>}
        {errors.channelIds && <p className="text-xs text-red-700">{errors.channelIds}</p>}
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {number('downAfterMinutes', 'Down for at least (min)', '0 = alert at once')}
        {number('renotifyMinutes', 'Re-notify every (min)', 'Empty = once')}
        {v.events.includes('latency_above') && number('latencyThresholdMs', 'Latency above (ms)')}
        {v.events.includes('latency_above') && number('latencyConsecutive', 'For consecutive checks')}
        {v.events.includes('certificate_expiring') && number('certExpiryDays', 'Certificate expires within (days)')}
        {number('flapThreshold', 'Flapping: more than … changes', 'Empty = no flap damping')}
        {number('flapWindowMinutes', 'Flapping window (min)')}
      </div>
      <CheckboxField label="Enabled" checked={v.enabled} onChecked={(x) => set('enabled', x)} />
      {save.error && !(save.error instanceof ApiError && save.error.details.length) && (
        <p className="text-sm text-red-800">{save.error.message}</p>
      )}
      <div>
        <button type="submit" className={buttonClass('primary')} disabled={save.isPending}>
          {save.isPending ? 'Saving…' : rule ? 'Save rule' : 'Add rule'}
        </button>
      </div>
    </form>
  );
}
