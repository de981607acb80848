import type { Role } from '../../src/auth/auth.decorators.js';
import type { TestApp } from '../app.js';

/** Creates a real API key with `role` through the API (as an admin); returns the raw key and its id. */
export async function createApiKey(
  t: TestApp,
  role: Role,
  scopes: ('api' | 'usage')[] = ['usage'],
): Promise<{ key: string; id: number }> {
  const res = await t
    .http()
    .post('/api/v1/api-keys')
    .set(await t.auth('admin'))
    .send({ name: `usage test ${role} ${scopes.join('+')}`, role, scopes })
    .expect(201);
  return { key: res.body.key, id: res.body.id };
}

/** The two homes of the compatible usage API: [label, path prefix]. */
export const USAGE_FAMILIES = [
  ['root', ''],
  ['api', '/api/v1/usage'],
] as const;
