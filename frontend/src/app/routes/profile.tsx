import { PageHeader } from '@/components/layout/page-header';
import { ProfileForms } from '@/features/auth/components/profile-forms';

export function ProfileRoute() {
  return (
    <>
      <PageHeader title="Profile" />
      <ProfileForms />
    </>
  );
}
