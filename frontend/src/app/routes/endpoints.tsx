import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { buttonClass } from '@/components/ui/button';
import { useLiveEvents } from '@/features/endpoints/api/use-live-events';
import { EndpointList } from '@/features/endpoints/components/endpoint-list';
import { LiveIndicator } from '@/features/endpoints/components/live-indicator';
import { useCanEdit } from './use-can-edit';

export function EndpointsRoute() {
  const canEdit = useCanEdit();
  const live = useLiveEvents();
  return (
    <>
      <PageHeader
        title="Endpoints"
        description="Every API apimon checks, with its latest result."
        actions={
          <div className="flex items-center gap-3">
            <LiveIndicator mode={live} />
            {canEdit && (
              <Link to="/endpoints/new" className={buttonClass('primary')}>
                Add endpoint
              </Link>
            )}
          </div>
        }
      />
      <EndpointList canEdit={canEdit} />
    </>
  );
}
