import { TextField } from '@/components/ui/form-fields';
import type { EndpointFormValues, FieldErrors } from '../endpoint-form-schema';
import type { SetField } from './endpoint-form';

/** A heartbeat's schedule: every N seconds, or a cron expression in a timezone; plus the grace time. */
export function PushFields({
  values: v,
  errors,
  set,
}: {
  values: EndpointFormValues;
  errors: FieldErrors;
  set: SetField;
}) {
  return (
    <>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 text-sm font-medium text-slate-800">Expected</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="schedule"
            checked={v.schedule === 'period'}
            onChange={() => set('schedule', 'period')}
          />
          Every N seconds
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="schedule"
            checked={v.schedule === 'cron'}
            onChange={() => set('schedule', 'cron')}
          />
          On a cron schedule
        </label>
      </fieldset>
      {v.schedule === 'period' ? (
        <TextField
          inputMode="numeric"
          label="Period (seconds)"
          value={v.periodSeconds}
          error={errors.period_seconds}
          onValue={(x) => set('periodSeconds', x)}
        />
      ) : (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            label="Cron expression"
            placeholder="0 3 * * *"
            value={v.cron}
            error={errors.cron}
            onValue={(x) => set('cron', x)}
          />
          <TextField
            label="Timezone"
            placeholder="Europe/Paris"
            value={v.timezone}
            error={errors.timezone}
            onValue={(x) => set('timezone', x)}
          />
        </div>
      )}
      <TextField
        inputMode="numeric"
        label="Grace (seconds)"
        hint="How late a ping may be before DOWN"
        value={v.graceSeconds}
        error={errors.grace_seconds}
        onValue={(x) => set('graceSeconds', x)}
      />
    </>
  );
}
