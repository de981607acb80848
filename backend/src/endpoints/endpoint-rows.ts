import type { Assertion, HttpMethod } from '../checks/check-target.js';
import type { EndpointRow, NewEndpointRow } from '../db/schema.js';
import type { EndpointDefinition } from './endpoint-validation.js';

type StoredHeader = EndpointRow['headers'][number];

/** The definition's columns (headers already sealed: secret values encrypted). */
export function definitionToColumns(definition: EndpointDefinition, headers: StoredHeader[]) {
  const { headers: _plain, ...columns } = definition;
  return { ...columns, headers } satisfies Partial<NewEndpointRow>;
}

/** A stored row as a definition, with the given (decrypted) header values: to tell whether a YAML entry changed it. */
export function rowToDefinition(row: EndpointRow, headers: { name: string; value: string }[]): EndpointDefinition {
  return {
    kind: row.kind,
    name: row.name,
    description: row.description,
    url: row.url,
    method: row.method as HttpMethod,
    headers: row.headers.map((h, i) => ({ name: h.name, value: headers[i]!.value, secret: h.secret })),
    body: row.body,
    contentType: row.contentType,
    intervalSeconds: row.intervalSeconds,
    timeoutMs: row.timeoutMs,
    expectedStatus: row.expectedStatus,
    assertions: row.assertions as Assertion[],
    healthBody: row.healthBody,
    retries: row.retries,
    failureThreshold: row.failureThreshold,
    successThreshold: row.successThreshold,
    degradedAboveMs: row.degradedAboveMs,
    followRedirects: row.followRedirects,
    verifyTls: row.verifyTls,
    tags: row.tags,
    isActive: row.isActive,
    slaTarget: row.slaTarget,
    periodSeconds: row.periodSeconds,
    cron: row.cron,
    timezone: row.timezone,
    graceSeconds: row.graceSeconds,
  };
}
