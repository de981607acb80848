import { useState } from 'react';
import { buttonClass } from '@/components/ui/button';

/** A push monitor's URL for the job to call, with a copy button. */
export function PingUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-800">Ping URL</span>
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 break-all rounded bg-slate-100 px-2 py-1 text-xs">{url}</code>
        <button type="button" className={buttonClass('secondary', 'sm')} onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" className="text-xs text-slate-600">
          {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Copy failed: select the text instead' : ''}
        </span>
      </div>
      <p className="text-xs text-slate-500">
        Have your job request this URL when it runs; silence past the grace time means DOWN.
      </p>
    </div>
  );
}
