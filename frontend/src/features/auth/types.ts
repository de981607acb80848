/** Wire types of the auth API (backend/src/auth/*.schemas.ts). */
export type Role = 'viewer' | 'editor' | 'admin';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  invite_pending: boolean;
  created_at: string;
  last_login_at: string | null;
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  user: User;
}

export interface Me {
  user: User;
  role: Role;
  auth: { kind: 'session' | 'api_key'; session_id: string | null; api_key_id: number | null; scopes: string[] };
}

export interface UserWithInvite extends User {
  invite_token?: string;
  invite_url?: string;
}

export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  scopes: string[];
  user_id: number;
  user_email?: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

export interface CreatedApiKey extends ApiKey {
  key: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { user_id: number | null; email: string | null; api_key_id: number | null };
  action: string;
  entity: string | null;
  entity_id: string | null;
  outcome: 'success' | 'failure';
  ip: string | null;
  details: Record<string, unknown> | null;
}
