import { AWS_OVERALL, mapAwsCurrentEvents } from '../mapping/aws.mapping.js';
import type { VendorReport } from '../unified-status.js';
import { RestTarget, withPath } from './target.js';

/** AWS Health Dashboard current events (UTF-16 JSON with a byte-order mark). */
export class AWS extends RestTarget {
  static readonly defaultBaseUrl = 'https://health.aws.amazon.com';
  override readonly listsAffectedOnly = true;
  constructor(name = 'aws', baseUrl = AWS.defaultBaseUrl) {
    super(name, withPath(baseUrl, '/public/currentevents'), AWS_OVERALL);
  }
  protected parseJson(document: unknown): VendorReport {
    return mapAwsCurrentEvents(document);
  }
}
