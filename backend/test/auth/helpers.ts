import type { Response } from 'supertest';
import type { TestApp } from '../app.js';

export const PASSWORD = 'a-long-and-fine-password';

/** The refresh cookie pair ("apimon_refresh=…") a response set, for sending back. */
export function refreshCookieOf(res: Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('apimon_refresh=') && !c.startsWith('apimon_refresh=;'));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0]!;
}

export function bearer(res: Response): Record<string, string> {
  return { Authorization: `Bearer ${res.body.access_token as string}` };
}

/** Runs the first-run setup for an admin and returns the response. */
export async function setupAdmin(t: TestApp, email = 'root@example.com'): Promise<Response> {
  return t.http().post('/api/v1/auth/setup').send({ email, password: PASSWORD, name: 'Root' }).expect(201);
}

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<Response> {
  return t.http().post('/api/v1/auth/login').send({ email, password });
}

/** An admin-created user with PASSWORD, signed in. */
export async function createUser(
  t: TestApp,
  admin: Record<string, string>,
  role: 'viewer' | 'editor' | 'admin',
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`,
): Promise<{ id: number; email: string; session: Response }> {
  const created = await t.http().post('/api/v1/users').set(admin).send({ email, name: role, role, password: PASSWORD });
  if (created.status !== 201) throw new Error(`create user: ${created.status} ${JSON.stringify(created.body)}`);
  const session = await login(t, email);
  if (session.status !== 200) throw new Error(`login: ${session.status} ${JSON.stringify(session.body)}`);
  return { id: created.body.id as number, email, session };
}
