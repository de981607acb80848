import { PageHeader } from '@/components/layout/page-header';
import { MaintenanceManager } from '@/features/analytics/components/maintenance-manager';

export function MaintenanceRoute() {
  return (
    <>
      <PageHeader title="Maintenance windows" description="Planned work: excluded from uptime, alerts silenced." />
      <MaintenanceManager />
    </>
  );
}
