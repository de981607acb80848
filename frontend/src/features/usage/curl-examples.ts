export interface CurlExample {
  label: string;
  command: string;
}

/** Copyable calls of the compatible usage API for one tag, on this server's origin. */
export function curlExamples(origin: string, tag: string, anonymous: boolean): CurlExample[] {
  // Tag names (letters, digits, "-_./") are all safe in a query string as they are.
  const url = (call: string) => `${origin}/${call}?tag=${tag}`;
  const keyed = (call: string) => `curl -H "X-API-Key: $APIMON_KEY" "${url(call)}"`;
  return [
    { label: 'Count one use', command: anonymous ? `curl "${url('update')}"` : keyed('update') },
    { label: 'Count one use (URL only)', command: `curl "${url('update')}&key=$APIMON_KEY"` },
    { label: 'Read the count', command: keyed('get') },
    { label: 'Read the history', command: keyed('history') },
  ];
}
