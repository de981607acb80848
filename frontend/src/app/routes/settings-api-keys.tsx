import { ApiKeysAdmin } from '@/features/auth/components/api-keys-admin';

export function SettingsApiKeysRoute() {
  return <ApiKeysAdmin />;
}
