import { AuditLog } from '@/features/auth/components/audit-log';
import { RequireRole } from '@/features/auth/components/require-role';

export function SettingsAuditRoute() {
  return (
    <RequireRole role="admin">
      <AuditLog />
    </RequireRole>
  );
}
