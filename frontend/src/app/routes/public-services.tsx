import { PageHeader } from '@/components/layout/page-header';
import { PublicServicesList } from '@/features/targets/components/public-services-list';

export function PublicServicesRoute() {
  return (
    <>
      <PageHeader
        title="Public services"
        description="The official status of the services you depend on, collected from their status pages."
      />
      <PublicServicesList />
    </>
  );
}
