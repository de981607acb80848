import { RequireRole } from '@/features/auth/components/require-role';
import { UsersAdmin } from '@/features/auth/components/users-admin';

export function SettingsUsersRoute() {
  return (
    <RequireRole role="admin">
      <UsersAdmin />
    </RequireRole>
  );
}
