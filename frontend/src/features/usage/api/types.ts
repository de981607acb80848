/** Wire types of /api/v1/usage/tags (snake_case, as the backend's usage.schemas.ts maps them). */
export interface UsageTag {
  id: number;
  name: string;
  use_count: number;
  last_used_at: string | null;
  is_active: boolean;
  anonymous_updates: boolean;
  created_at: string;
  updated_at: string;
}

export type UsageBucket = 'hour' | 'day';

export interface UsageSeriesResponse {
  bucket: UsageBucket;
  from: string;
  to: string;
  /** Only buckets that had uses, oldest first. */
  points: { at: string; count: number }[];
}
