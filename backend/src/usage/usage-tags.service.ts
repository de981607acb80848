import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { Conflict, NotFound, ValidationFailed } from '../common/errors.js';
import type { UsageTagRow } from '../db/schema.js';
import { seriesWindow } from './usage-series.js';
import { pgErrorCode } from '../db/raw-rows.js';
import { UsageRepository, type SeriesBucket } from './usage.repository.js';

export interface UsageSeries {
  bucket: SeriesBucket;
  from: Date;
  to: Date;
  points: { at: Date; count: number }[];
}

const tagExists = (name: string) => new Conflict('UsageTagExists', `A usage tag named "${name}" already exists.`);

/** Management of usage tags (the screens and /api/v1/usage/tags). */
@Injectable()
export class UsageTagsService {
  constructor(
    private readonly repository: UsageRepository,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UsageTagRow[]> {
    return this.repository.list();
  }

  async get(id: number): Promise<UsageTagRow> {
    const row = await this.repository.findById(id);
    if (!row) throw new NotFound('UsageTagNotFound', `No usage tag ${id}.`);
    return row;
  }

  async create(values: { name: string; anonymousUpdates: boolean }): Promise<UsageTagRow> {
    const row = await this.uniquely(values.name, () => this.repository.create(values));
    if (!row) throw tagExists(values.name);
    return row;
  }

  async update(
    id: number,
    values: Partial<Pick<UsageTagRow, 'name' | 'isActive' | 'anonymousUpdates'>>,
  ): Promise<UsageTagRow> {
    const row = await this.uniquely(values.name ?? '', () => this.repository.update(id, values));
    if (!row) throw new NotFound('UsageTagNotFound', `No usage tag ${id}.`);
    return row;
  }

  async delete(id: number): Promise<void> {
    if (!(await this.repository.delete(id))) throw new NotFound('UsageTagNotFound', `No usage tag ${id}.`);
  }

  async series(id: number, bucket: SeriesBucket, requested: { from?: Date; to?: Date }): Promise<UsageSeries> {
    const tag = await this.get(id);
    const window = seriesWindow(bucket, requested, this.clock.now());
    if (!window)
      throw new ValidationFailed([{ field: 'from', message: `the window is too wide for ${bucket} buckets` }]);
    const points = await this.repository.series(tag.id, bucket, window.from, window.to);
    return { bucket, ...window, points };
  }

  /** Runs a write, turning a unique-name violation into 409 UsageTagExists. */
  private async uniquely<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgErrorCode(error) === '23505') throw tagExists(name);
      throw error;
    }
  }
}
