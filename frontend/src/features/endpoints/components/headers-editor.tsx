import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-fields';
import type { EndpointFormValues } from '../endpoint-form-schema';

type Header = EndpointFormValues['headers'][number];

/** Request headers as rows of name, value and "secret" (stored encrypted, shown masked). */
export function HeadersEditor({
  headers,
  errors,
  onChange,
}: {
  headers: Header[];
  errors: Record<string, string>;
  onChange: (headers: Header[]) => void;
}) {
  const set = (i: number, patch: Partial<Header>) =>
    onChange(headers.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-800">Headers</legend>
      {errors.headers && <p className="text-xs text-red-700">{errors.headers}</p>}
      {headers.map((h, i) => {
        const nameError = errors[`headers.${i}.name`];
        const valueError = errors[`headers.${i}.value`];
        return (
          <div key={i} className="grid grid-cols-1 gap-2 sm:grid-cols-[1fr_2fr_auto_auto] sm:items-start">
            <div>
              <input
                aria-label={`Header ${i + 1} name`}
                aria-invalid={!!nameError}
                placeholder="X-Api-Key"
                value={h.name}
                onChange={(e) => set(i, { name: e.target.value })}
                className={inputClass}
              />
              {nameError && <p className="text-xs text-red-700">{nameError}</p>}
            </div>
            <div>
              <input
                aria-label={`Header ${i + 1} value`}
                aria-invalid={!!valueError}
                type={h.secret ? 'password' : 'text'}
                value={h.value}
                onChange={(e) => set(i, { value: e.target.value })}
                className={inputClass}
              />
              {valueError && <p className="text-xs text-red-700">{valueError}</p>}
            </div>
            <label className="flex items-center gap-1 text-xs text-slate-700 sm:pt-2">
              <input type="checkbox" checked={h.secret} onChange={(e) => set(i, { secret: e.target.checked })} />
              Secret
            </label>
            <button
              type="button"
              className={buttonClass('ghost', 'sm')}
              aria-label={`Remove header ${i + 1}`}
              onClick={() => onChange(headers.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className={buttonClass('secondary', 'sm')}
          onClick={() => onChange([...headers, { name: '', value: '', secret: false }])}
        >
          Add header
        </button>
      </div>
      <p className="text-xs text-slate-500">
        Values of Authorization, Cookie and headers marked secret are encrypted at rest and shown masked.
      </p>
    </fieldset>
  );
}
