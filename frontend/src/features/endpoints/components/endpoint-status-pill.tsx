import { StatusPill } from '@/components/ui/status-pill';
import type { EndpointStatus } from '@/types/api';
import { statusTone } from '../endpoint-status';

export function EndpointStatusPill({ status }: { status: EndpointStatus }) {
  return <StatusPill tone={statusTone(status)} label={status} />;
}
