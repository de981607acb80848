import { useState } from 'react';
import { Button } from '@/components/ui/form-controls';

/** A secret shown once (a new API key, an invitation link), with a copy button. */
export function OneTimeSecret({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  };
  return (
    <div role="region" aria-label={label} className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-medium text-amber-900">{label}</p>
      <p className="mt-1 text-amber-900">Copy it now: it will not be shown again.</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          className="break-all rounded bg-white px-2 py-1 font-mono text-xs ring-1 ring-amber-200"
          data-testid="one-time-secret"
        >
          {value}
        </code>
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
