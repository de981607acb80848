import type { TestApp } from '../app.js';

let sequence = 0;

/** A valid endpoint body in the wire format; overrides win. */
export function endpointBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return { name: `Endpoint ${sequence}`, url: `http://127.0.0.1:9/health/${sequence}`, ...overrides };
}

/** Creates an endpoint through the API as an editor and returns its wire form. */
export async function makeEndpoint(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t
    .http()
    .post('/api/v1/endpoints')
    .set(await t.auth('editor'))
    .send(endpointBody(overrides));
  if (res.status !== 201) throw new Error(`creating an endpoint failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, any>;
}
