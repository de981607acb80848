import { PageHeader } from '@/components/layout/page-header';
import { SystemStatusCard } from '@/features/system/components/system-status-card';

export function DashboardRoute() {
  return (
    <>
      <PageHeader title="Dashboard" description="Your APIs and the public services they depend on, at a glance." />
      <SystemStatusCard />
    </>
  );
}
