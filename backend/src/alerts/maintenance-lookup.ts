/**
 * What alerts need of maintenance windows (analytics module's MaintenanceService): while a window
 * covers an endpoint, alerts that would fire are stored as `suppressed` instead of sent.
 */
export const MAINTENANCE_LOOKUP = Symbol('MAINTENANCE_LOOKUP');

export interface MaintenanceLookup {
  activeWindowFor(endpoint: { id: number; tags: string[] }, at: Date): Promise<{ id: number; title: string } | null>;
}
