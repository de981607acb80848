import { mapSlackCurrent, SLACK_OVERALL } from '../mapping/slack.mapping.js';
import type { VendorReport } from '../unified-status.js';
import { RestTarget, withPath } from './target.js';

/** Slack Status API v2. */
export class Slack extends RestTarget {
  static readonly defaultBaseUrl = 'https://slack-status.com';
  override readonly listsAffectedOnly = true;
  constructor(name = 'slack', baseUrl = Slack.defaultBaseUrl) {
    super(name, withPath(baseUrl, '/api/v2.0.0/current'), SLACK_OVERALL);
  }
  protected parseJson(document: unknown): VendorReport {
    return mapSlackCurrent(document);
  }
}
