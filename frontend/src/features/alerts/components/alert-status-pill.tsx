import { StatusPill, type Tone } from '@/components/ui/status-pill';
import type { AlertStatus } from '../api/types';

const TONE: Record<AlertStatus, Tone> = { sent: 'good', failed: 'bad', pending: 'warn', suppressed: 'neutral' };
const LABEL: Record<AlertStatus, string> = {
  sent: 'Sent',
  failed: 'Failed',
  pending: 'Pending',
  suppressed: 'Suppressed',
};

export function AlertStatusPill({ status }: { status: AlertStatus }) {
  return <StatusPill tone={TONE[status]} label={LABEL[status]} />;
}
