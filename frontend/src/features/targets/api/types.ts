/** The unified public-status scheme as /api/status serves it (hand-kept; see backend targets.schemas.ts). */
export type UnifiedStatus = 'OK' | 'Degraded' | 'Outage' | 'Unknown';

export interface ServiceDimensions {
  rawStatus: string | number | null;
  maintenance?: true;
  incidentTitle?: string;
  incidentLink?: string;
  region?: string;
  geography?: string;
  group?: string;
  [detail: string]: unknown;
}

export interface PublicService {
  name: string;
  lastTimestamp: string;
  status: UnifiedStatus;
  dimensions: ServiceDimensions;
  stale?: true;
}

export interface PublicTarget {
  name: string;
  endpoint: string;
  type: 'REST' | 'RSS' | 'HTML';
  displayName: string;
  status: UnifiedStatus;
  lastTimestamp: string | null;
  stale: boolean;
  dimensions: ServiceDimensions;
  services: PublicService[];
}

export interface ServiceHistory {
  target: string;
  service: string;
  from: string;
  to: string;
  initialStatus: UnifiedStatus | null;
  changes: { at: string; from: UnifiedStatus | null; to: UnifiedStatus; maintenance?: true }[];
}
