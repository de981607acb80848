import { PageHeader } from '@/components/layout/page-header';
import { SlaReport } from '@/features/analytics/components/sla-report';

export function SlaReportRoute() {
  return (
    <>
      <PageHeader
        title="SLA report"
        description="Achieved uptime against each endpoint's target, per calendar month (UTC)."
      />
      <SlaReport />
    </>
  );
}
