import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { loadConfigFile } from '../config/config-file.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { TargetRow, TargetServiceRow } from '../db/schema.js';
import type { Target, TargetType } from './kinds/target.js';
import { isStale } from './status-changes.js';
import { createTarget, defaultBaseUrl, type TargetKind } from './target-kinds.js';
import {
  BuiltinTargetNotDeletable,
  ServiceNotFound,
  TargetExists,
  TargetManagedByConfig,
  TargetNotFound,
} from './targets.errors.js';
import { parseTargetsSection, planTargets, DEFAULT_INTERVAL_SECONDS } from './targets-config.js';
import { TargetsRepository, type TargetPatch } from './targets.repository.js';
import type { Dimensions, UnifiedStatus } from './unified-status.js';

/** A service as the public API serves it: stale data is served Unknown. */
export interface ServiceView {
  name: string;
  status: UnifiedStatus;
  lastTimestamp: Date;
  dimensions: Dimensions;
  stale: boolean;
}

export interface TargetView {
  row: TargetRow;
  endpoint: string;
  type: TargetType;
  displayName: string;
  status: UnifiedStatus;
  lastTimestamp: Date | null;
  /** The provider-level entry's detail (raw status, open incident). */
  dimensions: Dimensions;
  stale: boolean;
  services: ServiceView[];
}

export interface NewTargetInput {
  name: string;
  kind: TargetKind;
  baseUrl?: string;
  intervalSeconds?: number;
  enabled?: boolean;
}

export interface HistoryView {
  target: string;
  service: string;
  from: Date;
  to: Date;
  /** The status when the range begins (null = not yet observed then). */
  initialStatus: UnifiedStatus | null;
  changes: { at: Date; from: UnifiedStatus | null; to: UnifiedStatus; maintenance: boolean }[];
}

/** Targets: configuration (built-ins, the config file, the admin API) and the unified read model. */
@Injectable()
export class TargetsService implements OnModuleInit {
  private readonly logger = new Logger('Targets');

  constructor(
    private readonly repository: TargetsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.syncConfigured();
  }

  /** Built-ins and the config file's `targets:` section become rows; overrides apply to base URLs. */
  async syncConfigured(): Promise<void> {
    const configured = parseTargetsSection(await loadConfigFile(this.config.configPath));
    const plan = planTargets(configured);
    const now = this.clock.now();
    for (const desired of plan) {
      const inserted = await this.repository.insert({
        name: desired.name,
        kind: desired.kind,
        baseUrl: desired.baseUrl ?? desired.defaultBaseUrl,
        intervalSeconds: desired.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
        enabled: desired.enabled ?? true,
        managedBy: desired.managedBy,
      });
      if (inserted) continue;
      const patch: TargetPatch = { managedBy: desired.managedBy, kind: desired.kind };
      if (desired.baseUrl) patch.baseUrl = desired.baseUrl;
      if (desired.intervalSeconds !== undefined) patch.intervalSeconds = desired.intervalSeconds;
      if (desired.enabled !== undefined) patch.enabled = desired.enabled;
      await this.repository.update(desired.name, patch, now);
    }
    const removed = await this.repository.deleteConfigManagedExcept(plan.map((t) => t.name));
    if (removed.length) this.logger.log(`removed targets no longer in the config file: ${removed.join(', ')}`);
  }

  /** The Target object that collects a row (base URL overrides from the environment win). */
  build(row: Pick<TargetRow, 'kind' | 'name' | 'baseUrl'>): Target {
    return createTarget(row.kind as TargetKind, row.name, this.config.targetBaseUrls[row.name] ?? row.baseUrl);
  }

  list(): Promise<TargetRow[]> {
    return this.repository.list();
  }

  async get(name: string): Promise<TargetRow> {
    const row = await this.repository.find(name.toLowerCase());
    if (!row) throw new TargetNotFound();
    return row;
  }

  async create(input: NewTargetInput): Promise<TargetRow> {
    const row = await this.repository.insert({
      name: input.name,
      kind: input.kind,
      baseUrl: input.baseUrl ?? defaultBaseUrl(input.kind)!,
      intervalSeconds: input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      enabled: input.enabled ?? true,
      managedBy: 'api',
    });
    if (!row) throw new TargetExists(input.name);
    return row;
  }

  async update(name: string, patch: Omit<TargetPatch, 'managedBy'>): Promise<TargetRow> {
    const row = await this.get(name);
    if (row.managedBy === 'config') throw new TargetManagedByConfig(row.name);
    const next = { ...patch };
    if (next.kind && !next.baseUrl && next.kind !== row.kind) next.baseUrl = defaultBaseUrl(next.kind as TargetKind);
    return (await this.repository.update(row.name, next, this.clock.now()))!;
  }

  async remove(name: string): Promise<void> {
    const row = await this.get(name);
    if (row.managedBy === 'config') throw new TargetManagedByConfig(row.name);
    if (row.managedBy === 'builtin') throw new BuiltinTargetNotDeletable(row.name);
    await this.repository.delete(row.name);
  }

  /** Every enabled target with its services; `statuses` keeps only services in those statuses. */
  async overview(statuses?: UnifiedStatus[]): Promise<TargetView[]> {
    const rows = await this.repository.list({ enabledOnly: true });
    const services = await this.repository.services(rows.map((r) => r.id));
    const views = rows.map((row) =>
      this.view(
        row,
        services.filter((s) => s.targetId === row.id),
      ),
    );
    if (!statuses) return views;
    return views
      .map((v) => ({ ...v, services: v.services.filter((s) => statuses.includes(s.status)) }))
      .filter((v) => v.services.length > 0);
  }

  async target(name: string, statuses?: UnifiedStatus[]): Promise<TargetView> {
    const row = await this.get(name);
    const view = this.view(row, await this.repository.services([row.id]));
    return statuses ? { ...view, services: view.services.filter((s) => statuses.includes(s.status)) } : view;
  }

  async service(targetName: string, serviceName: string): Promise<{ target: TargetView; service: ServiceView }> {
    const target = await this.target(targetName);
    const lower = serviceName.toLowerCase();
    const service = target.services.find((s) => s.name.toLowerCase() === lower);
    if (!service) throw new ServiceNotFound();
    return { target, service };
  }

  async history(targetName: string, serviceName: string, from: Date, to: Date): Promise<HistoryView> {
    const row = await this.get(targetName);
    const service = await this.repository.findServiceName(row.id, serviceName);
    if (!service) throw new ServiceNotFound();
    const { before, within } = await this.repository.changes(row.id, { service, from, to });
    return {
      target: row.name,
      service,
      from,
      to,
      initialStatus: before[0]?.toStatus ?? null,
      changes: within.map((c) => ({ at: c.at, from: c.fromStatus, to: c.toStatus, maintenance: c.maintenance })),
    };
  }

  /** Every service's history of one target, for the status strips of the UI. */
  async targetHistory(targetName: string, from: Date, to: Date): Promise<HistoryView[]> {
    const row = await this.get(targetName);
    const { before, within } = await this.repository.changes(row.id, { from, to });
    const names = [...new Set([...before, ...within].map((c) => c.service!))].sort();
    return names.map((service) => ({
      target: row.name,
      service,
      from,
      to,
      initialStatus: before.find((c) => c.service === service)?.toStatus ?? null,
      changes: within
        .filter((c) => c.service === service)
        .map((c) => ({ at: c.at, from: c.fromStatus, to: c.toStatus, maintenance: c.maintenance })),
    }));
  }

  private view(row: TargetRow, services: TargetServiceRow[]): TargetView {
    const target = this.build(row);
    const stale = isStale(row.consecutiveFailures);
    return {
      row,
      endpoint: target.endpoint,
      type: target.type,
      displayName: row.displayName ?? target.displayName,
      status: stale ? 'Unknown' : row.overallStatus,
      lastTimestamp: row.lastTimestamp,
      dimensions: row.overallDimensions ?? { rawStatus: null },
      stale,
      services: services.map((s) => ({
        name: s.name,
        status: stale ? 'Unknown' : s.status,
        lastTimestamp: s.lastTimestamp ?? s.seenAt,
        dimensions: s.dimensions,
        stale,
      })),
    };
  }
}
