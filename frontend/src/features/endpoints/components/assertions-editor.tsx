import { buttonClass } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-fields';
import { ASSERTION_TYPES, emptyAssertion, type AssertionFormValues, type AssertionType } from '../assertion-form';

/** The optional checks on a response: body text or regex, JSON path, header, response time. */
export function AssertionsEditor({
  assertions,
  errors,
  onChange,
}: {
  assertions: AssertionFormValues[];
  errors: Record<string, string>;
  onChange: (assertions: AssertionFormValues[]) => void;
}) {
  const set = (i: number, patch: Partial<AssertionFormValues>) =>
    onChange(assertions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium text-slate-800">Assertions</legend>
      {errors.assertions && <p className="text-xs text-red-700">{errors.assertions}</p>}
      {assertions.map((a, i) => {
        const err = (field: string) =>
          errors[`assertions.${i}.${field}`] ?? (field === 'type' ? errors[`assertions.${i}`] : undefined);
        const n = i + 1;
        return (
          <div key={i} className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-4">
            <SelectField
              label={`Assertion ${n}`}
              value={a.type}
              error={err('type')}
              options={Object.entries(ASSERTION_TYPES).map(([value, label]) => ({ value, label }))}
              onValue={(type) =>
                onChange(assertions.map((x, j) => (j === i ? emptyAssertion(type as AssertionType) : x)))
              }
            />
            {a.type === 'body_contains' && (
              <TextField
                className="sm:col-span-2"
                label={`Text ${n}`}
                value={a.value}
                error={err('value')}
                onValue={(value) => set(i, { value })}
              />
            )}
            {a.type === 'body_matches' && (
              <>
                <TextField
                  className="sm:col-span-2"
                  label={`Pattern ${n}`}
                  value={a.pattern}
                  error={err('pattern')}
                  onValue={(pattern) => set(i, { pattern })}
                />
                <TextField
                  label={`Flags ${n}`}
                  hint="i, m, s, u"
                  value={a.flags}
                  error={err('flags')}
                  onValue={(flags) => set(i, { flags })}
                />
              </>
            )}
            {a.type === 'json_path' && (
              <>
                <TextField
                  label={`JSON path ${n}`}
                  value={a.path}
                  error={err('path')}
                  onValue={(path) => set(i, { path })}
                />
                <SelectField
                  label={`Operator ${n}`}
                  value={a.jsonOp}
                  options={[
                    { value: 'equals', label: 'equals' },
                    { value: 'exists', label: 'exists' },
                    { value: 'one_of', label: 'is one of' },
                  ]}
                  onValue={(jsonOp) => set(i, { jsonOp: jsonOp as AssertionFormValues['jsonOp'] })}
                />
                {a.jsonOp === 'equals' && (
                  <TextField
                    label={`Expected value ${n}`}
                    hint="JSON or text: healthy, true, 3"
                    value={a.value}
                    error={err('value')}
                    onValue={(value) => set(i, { value })}
                  />
                )}
                {a.jsonOp === 'one_of' && (
                  <TextField
                    label={`Values ${n}`}
                    hint="Comma-separated"
                    value={a.values}
                    error={err('values')}
                    onValue={(values) => set(i, { values })}
                  />
                )}
              </>
            )}
            {a.type === 'header' && (
              <>
                <TextField
                  label={`Header name ${n}`}
                  value={a.name}
                  error={err('name')}
                  onValue={(name) => set(i, { name })}
                />
                <SelectField
                  label={`Operator ${n}`}
                  value={a.headerOp}
                  options={[
                    { value: 'equals', label: 'equals' },
                    { value: 'matches', label: 'matches regex' },
                  ]}
                  onValue={(headerOp) => set(i, { headerOp: headerOp as AssertionFormValues['headerOp'] })}
                />
                <TextField
                  label={`Header value ${n}`}
                  value={a.value}
                  error={err('value')}
                  onValue={(value) => set(i, { value })}
                />
              </>
            )}
            {a.type === 'response_time_below' && (
              <TextField
                label={`Milliseconds ${n}`}
                hint="Slower means DEGRADED, not DOWN"
                inputMode="numeric"
                value={a.ms}
                error={err('ms')}
                onValue={(ms) => set(i, { ms })}
              />
            )}
            <div className="flex items-end sm:col-start-4 sm:justify-end">
              <button
                type="button"
                className={buttonClass('ghost', 'sm')}
                aria-label={`Remove assertion ${n}`}
                onClick={() => onChange(assertions.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className={buttonClass('secondary', 'sm')}
          onClick={() => onChange([...assertions, emptyAssertion()])}
        >
          Add assertion
        </button>
      </div>
    </fieldset>
  );
}
