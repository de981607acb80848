import type { Assertion, CheckTarget, HttpMethod } from '../checks/check-target.js';
import type { SecretBox } from '../common/secret-box.js';
import type { EndpointRow } from '../db/schema.js';
import type { EndpointDefinition } from './endpoint-validation.js';
import { openHeaders } from './secret-headers.js';

/**
 * CheckTargets for the check engine: from a validated, unsaved body (the dry run: header values are
 * the plain ones sent) or from a stored row (secrets decrypted).
 */
export function definitionToCheckTarget(definition: EndpointDefinition): CheckTarget {
  if (definition.url === null) throw new Error('a push monitor has no check target');
  return {
    url: definition.url,
    method: definition.method,
    headers: definition.headers.map(({ name, value }) => ({ name, value })),
    body: definition.body,
    contentType: definition.contentType,
    timeoutMs: definition.timeoutMs,
    expectedStatus: definition.expectedStatus,
    assertions: definition.assertions,
    healthBody: definition.healthBody,
    retries: definition.retries,
    degradedAboveMs: definition.degradedAboveMs,
    followRedirects: definition.followRedirects,
    verifyTls: definition.verifyTls,
  };
}

export function rowToCheckTarget(row: EndpointRow, box: SecretBox): CheckTarget {
  if (row.url === null) throw new Error(`endpoint ${row.id} is a push monitor and has no check target`);
  return {
    url: row.url,
    method: row.method as HttpMethod,
    headers: openHeaders(row.headers, box),
    body: row.body,
    contentType: row.contentType,
    timeoutMs: row.timeoutMs,
    expectedStatus: row.expectedStatus,
    assertions: row.assertions as Assertion[],
    healthBody: row.healthBody,
    retries: row.retries,
    degradedAboveMs: row.degradedAboveMs,
    followRedirects: row.followRedirects,
    verifyTls: row.verifyTls,
  };
}
