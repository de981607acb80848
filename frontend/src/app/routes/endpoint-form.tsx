import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { EmptyState } from '@/components/ui/states';
import { useEndpoint } from '@/features/endpoints/api/get-endpoint';
import { EndpointForm } from '@/features/endpoints/components/endpoint-form';
import { defaultFormValues, wireToForm } from '@/features/endpoints/endpoint-form-values';
import { useCanEdit } from './use-can-edit';
import { EndpointFallback, EndpointNotFound, useEndpointId } from './endpoint-loading';

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
  if (!endpoint.isSuccess) return <EndpointFallback query={endpoint} />;
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
