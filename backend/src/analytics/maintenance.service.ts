import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { ValidationFailed } from '../common/errors.js';
import type { MaintenanceWindowRow } from '../db/schema.js';
import { MaintenanceWindowNotFound } from './analytics.errors.js';
import type { EndpointSelection } from './analytics.repository.js';
import { union, type Interval } from './intervals.js';
import { occurrenceAt, occurrences, scheduleProblem } from './maintenance-schedule.js';
import { MaintenanceRepository, type MaintenanceWindowValues } from './maintenance.repository.js';
import type { MaintenanceInput } from './maintenance.schemas.js';

export interface EndpointRef {
  id: number;
  tags: string[];
}

/**
 * Maintenance windows: their CRUD, and the two questions other code asks of them. Exported by the
 * analytics module: the alerts module calls activeWindowFor() to silence alerts.
 */
@Injectable()
export class MaintenanceService {
  constructor(
    private readonly repository: MaintenanceRepository,
    private readonly clock: Clock,
  ) {}

  /** The window (if any) that covers this endpoint at `at`. */
  async activeWindowFor(endpoint: EndpointRef, at: Date): Promise<{ id: number; title: string } | null> {
    const candidates = await this.repository.overlapping(at, new Date(at.getTime() + 1), endpoint);
    const active = candidates.find((w) => occurrenceAt(w, at));
    return active ? { id: active.id, title: active.title } : null;
  }

  /** Each endpoint's maintenance time inside [from, to), as a union of intervals. */
  async intervalsFor(refs: EndpointRef[], from: Date, to: Date): Promise<Map<number, Interval[]>> {
    const windows = await this.repository.overlapping(from, to);
    const expanded = windows.map((w) => ({ w, times: occurrences(w, from, to) })).filter((x) => x.times.length);
    const out = new Map<number, Interval[]>();
    for (const ref of refs) {
      const times = expanded.filter((x) => applies(x.w, ref)).flatMap((x) => x.times);
      if (times.length) out.set(ref.id, union(times));
    }
    return out;
  }

  /** The endpoints that maintenance covers somewhere in [from, to): by id, by tag, or all of them. */
  async coveredIn(from: Date, to: Date): Promise<EndpointSelection> {
    const live = (await this.repository.overlapping(from, to)).filter((w) => occurrences(w, from, to).length);
    return {
      all: live.some((w) => w.allEndpoints),
      ids: [...new Set(live.flatMap((w) => w.endpointIds))],
      tags: [...new Set(live.flatMap((w) => w.tags))],
    };
  }

  list(): Promise<MaintenanceWindowRow[]> {
    return this.repository.list();
  }

  async get(id: number): Promise<MaintenanceWindowRow> {
    const row = await this.repository.get(id);
    if (!row) throw new MaintenanceWindowNotFound(id);
    return row;
  }

  async create(input: MaintenanceInput): Promise<MaintenanceWindowRow> {
    return this.repository.insert(await this.validated(input));
  }

  async update(id: number, input: MaintenanceInput): Promise<MaintenanceWindowRow> {
    const row = await this.repository.update(id, await this.validated(input), this.clock.now());
    if (!row) throw new MaintenanceWindowNotFound(id);
    return row;
  }

  async delete(id: number): Promise<void> {
    if (!(await this.repository.delete(id))) throw new MaintenanceWindowNotFound(id);
  }

  isActive(row: MaintenanceWindowRow, at: Date = this.clock.now()): boolean {
    return occurrenceAt(row, at) !== null;
  }

  private async validated(input: MaintenanceInput): Promise<MaintenanceWindowValues> {
    const values: MaintenanceWindowValues = {
      title: input.title,
      description: input.description ?? null,
      allEndpoints: input.all === true,
      endpointIds: input.endpoint_ids ?? [],
      tags: input.tags ?? [],
      startsAt: new Date(input.starts_at),
      endsAt: new Date(input.ends_at),
      recurrence: input.recurrence,
      timezone: input.timezone,
    };
    const problem = scheduleProblem(values);
    const details = problem ? [problem] : [];
    const missing = await this.repository.missingEndpointIds(values.endpointIds);
    if (missing.length) details.push({ field: 'endpoint_ids', message: `no endpoint with id ${missing.join(', ')}` });
    if (details.length) throw new ValidationFailed(details);
    return values;
  }
}

function applies(w: MaintenanceWindowRow, ref: EndpointRef): boolean {
  return w.allEndpoints || w.endpointIds.includes(ref.id) || w.tags.some((t) => ref.tags.includes(t));
}
