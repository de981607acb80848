import { PageHeader } from '@/components/layout/page-header';
import { IncidentsList } from '@/features/analytics/components/incidents-list';

export function IncidentsRoute() {
  return (
    <>
      <PageHeader title="Incidents" description="Every downtime period of every endpoint, newest first." />
      <IncidentsList />
    </>
  );
}
