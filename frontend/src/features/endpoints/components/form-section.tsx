import type { ReactNode } from 'react';

/** One titled part of the endpoint form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-medium">{title}</h2>
      {children}
    </section>
  );
}
