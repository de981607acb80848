import { useState } from 'react';
import { curlExamples } from '../curl-examples';

/** Ready-to-paste curl calls for one tag, each with a copy button. */
export function CurlExampleList({ tag, anonymous }: { tag: string; anonymous: boolean }) {
  const [copied, setCopied] = useState<string>();
  const examples = curlExamples(window.location.origin, tag, anonymous);
  const copy = async (command: string) => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(command);
    } catch {
      setCopied(undefined);
    }
  };
  return (
    <section aria-label="curl examples" className="mt-4">
      <h3 className="text-sm font-medium">Report usage with curl</h3>
      <p className="text-xs text-slate-500">
        Replace <code>$APIMON_KEY</code> with an API key scoped “usage”.
      </p>
      <ul className="mt-2 space-y-2">
        {examples.map((example) => (
          <li key={example.label}>
            <p className="text-xs text-slate-600">{example.label}</p>
            <div className="flex items-start gap-2">
              <code className="block flex-1 overflow-x-auto rounded bg-slate-900 px-2 py-1 text-xs whitespace-pre text-slate-100">
                {example.command}
              </code>
              <button
                type="button"
                onClick={() => void copy(example.command)}
                aria-label={`Copy: ${example.label}`}
                className="rounded-md px-2 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-emerald-600"
              >
                {copied === example.command ? 'Copied' : 'Copy'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
