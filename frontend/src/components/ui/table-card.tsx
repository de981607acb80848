import type { ReactNode } from 'react';
import { FormError } from './form-controls';

/**
 * A bordered, horizontally scrollable table with a (visually hidden) caption and header cells; an
 * empty column name is an actions column, labelled for screen readers only.
 */
export function TableCard({
  caption,
  columns,
  error,
  footer,
  children,
}: {
  caption: string;
  columns: string[];
  error?: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {error && <FormError message={error} />}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            {columns.map((name, i) => (
              <th key={i} className="px-3 py-2">
                {name || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
