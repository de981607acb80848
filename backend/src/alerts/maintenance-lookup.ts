/**
 * The seam to maintenance windows (analytics issue): while a window covers an endpoint, alerts that
 * would fire are stored as `suppressed` instead of sent. Bound to the analytics module's
 * MaintenanceService when that module is present; the default knows no windows.
 */
export const MAINTENANCE_LOOKUP = Symbol('MAINTENANCE_LOOKUP');

export interface MaintenanceLookup {
  activeWindowFor(endpoint: { id: number; tags: string[] }, at: Date): Promise<{ id: number; title: string } | null>;
}

export const noMaintenance: MaintenanceLookup = { activeWindowFor: async () => null };
