import { useId, type ButtonHTMLAttributes, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';

/** A labelled input with its error below it (tied by aria-describedby). */
export function TextField({
  label,
  error,
  hint,
  ...input
}: { label: string; error?: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-200 aria-[invalid=true]:border-red-500"
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  label,
  options,
  ...select
}: { label: string; options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const VARIANTS = {
  primary: 'bg-emerald-700 text-white hover:bg-emerald-800 disabled:bg-emerald-300',
  secondary: 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 disabled:text-slate-400',
  danger: 'bg-white text-red-700 ring-1 ring-red-300 hover:bg-red-50 disabled:text-red-300',
};

export function Button({
  variant = 'primary',
  className = '',
  ...button
}: { variant?: keyof typeof VARIANTS } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={`rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-400 ${VARIANTS[variant]} ${className}`}
      {...button}
    />
  );
}

/** A form-level error (not tied to one field). */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
      {message}
    </p>
  );
}

/** The message of an error that names no field (field errors are shown on their fields). */
export function formLevelMessage(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const details = (error as { details?: unknown[] }).details;
  return details?.length ? undefined : error.message;
}

/** A titled form card: the title names the form for assistive technology, form-level errors on top. */
export function FormPanel({
  title,
  onSubmit,
  error,
  columns = 1,
  children,
}: {
  title: string;
  onSubmit: (event: FormEvent) => void;
  error?: unknown;
  columns?: 1 | 2;
  children: ReactNode;
}) {
  const span = columns === 2 ? 'sm:col-span-2' : '';
  return (
    <form
      onSubmit={onSubmit}
      aria-label={title}
      noValidate
      className={`grid gap-3 rounded-lg border border-slate-200 bg-white p-4 ${columns === 2 ? 'sm:grid-cols-2' : ''}`}
    >
      <h2 className={`text-base font-semibold ${span}`}>{title}</h2>
      {formLevelMessage(error) && (
        <div className={span}>
          <FormError message={formLevelMessage(error)} />
        </div>
      )}
      {children}
    </form>
  );
}
