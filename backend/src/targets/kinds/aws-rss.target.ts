import { AWS_OVERALL, mapAwsRss } from '../mapping/aws.mapping.js';
import type { VendorReport } from '../unified-status.js';
import { RSSTarget } from './target.js';

/**
 * One AWS per-service RSS feed (`https://status.aws.amazon.com/rss/ec2-us-east-1.rss`): a single
 * entry named after the feed. The URL is the whole configuration.
 */
export class AwsRssFeed extends RSSTarget {
  constructor(name: string, feedUrl: string) {
    super(name, feedUrl, AWS_OVERALL);
  }
  protected parseFeed(feed: Record<string, unknown>): VendorReport {
    return mapAwsRss(feed);
  }
}
