import { PageHeader } from '@/components/layout/page-header';
import { UsagePage } from '@/features/usage/components/usage-page';

export function UsageRoute() {
  return (
    <>
      <PageHeader
        title="Usage"
        description="Counters your services bump with one HTTP call: how often a page, a job or a feature is used."
      />
      <UsagePage />
    </>
  );
}
