import { MASK, type SecretBox } from '../common/secret-box.js';
import type { EndpointRow } from '../db/schema.js';
import type { EndpointDefinition, FieldIssue } from './endpoint-validation.js';

type StoredHeader = EndpointRow['headers'][number];

/**
 * The stored form of a definition's headers: secret values encrypted. A value sent back as MASK (the
 * edit form round-trips what it was shown) keeps the stored secret of the same header: the n-th
 * header of that name (case-insensitive) in the stored list.
 */
export function sealHeaders(
  headers: EndpointDefinition['headers'],
  stored: StoredHeader[],
  box: SecretBox,
): { headers: StoredHeader[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const sealed = headers.map((header, index) => {
    const key = header.name.toLowerCase();
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (header.value === MASK) {
      const previous = stored.filter((h) => h.name.toLowerCase() === key)[occurrence];
      if (previous?.secret) return { name: header.name, value: previous.value, secret: true };
      issues.push({ path: ['headers', index, 'value'], message: 'is masked but there is no stored secret to keep' });
      return { ...header };
    }
    return header.secret ? { ...header, value: box.encrypt(header.value) } : { ...header };
  });
  return { headers: sealed, issues };
}

/** Plain header values for a check (decrypting the secret ones). */
export function openHeaders(stored: StoredHeader[], box: SecretBox): { name: string; value: string }[] {
  return stored.map((h) => ({ name: h.name, value: h.secret ? box.decrypt(h.value) : h.value }));
}
