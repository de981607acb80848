import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useEndpoint } from '@/features/endpoints/api/get-endpoint';
import { EndpointForm } from '@/features/endpoints/components/endpoint-form';
import { defaultFormValues, wireToForm } from '@/features/endpoints/endpoint-form-schema';
import { useCanEdit } from './use-can-edit';
import { ApiError } from '@/lib/api-client';
import { EndpointNotFound } from './endpoint-detail';
import { useEndpointId } from './endpoint-id';

function NotAllowed() {
  return <EmptyState title="Your role may look, not change">Ask an editor or admin to change endpoints.</EmptyState>;
}

export function NewEndpointRoute() {
  const navigate = useNavigate();
  if (!useCanEdit()) return <NotAllowed />;
  return (
    <>
      <PageHeader
        title="Add endpoint"
        description="Try it with Test before saving: nothing is stored until you add it."
      />
      <EndpointForm
        initial={defaultFormValues()}
        onSaved={(saved) => void navigate(`/endpoints/${saved.id}`)}
        onCancel={() => void navigate('/endpoints')}
      />
    </>
  );
}

export function EditEndpointRoute() {
  const id = useEndpointId();
  if (id === null) return <EndpointNotFound />;
  return <EditEndpoint id={id} />;
}

function EditEndpoint({ id }: { id: number }) {
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const endpoint = useEndpoint(id);
  if (!canEdit) return <NotAllowed />;
  if (endpoint.isPending) return <LoadingState label="Loading the endpoint…" />;
  if (endpoint.isError) {
    if (endpoint.error instanceof ApiError && endpoint.error.status === 404) return <EndpointNotFound />;
    return (
      <ErrorState
        title="The endpoint could not be loaded"
        message={endpoint.error.message}
        onRetry={() => void endpoint.refetch()}
      />
    );
  }
  if (endpoint.data.managed_by)
    return (
      <EmptyState title="Managed by the configuration file">
        Change {endpoint.data.name} in {endpoint.data.managed_by}; it is read-only here.
      </EmptyState>
    );
  return (
    <>
      <PageHeader title={`Edit ${endpoint.data.name}`} />
      <EndpointForm
        key={endpoint.data.id}
        initial={wireToForm(endpoint.data)}
        endpoint={endpoint.data}
        onSaved={(saved) => void navigate(`/endpoints/${saved.id}`)}
        onCancel={() => void navigate(`/endpoints/${id}`)}
      />
    </>
  );
}
