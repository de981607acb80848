import { GCP_OVERALL, mapGcpIncidents } from '../mapping/gcp.mapping.js';
import type { VendorReport } from '../unified-status.js';
import { RestTarget, withPath } from './target.js';

/**
 * Google Cloud reads incidents.json rather than the Atom feed: the feed's entries are prose news
 * ("UPDATE: …") with no machine-readable status or product list, while incidents.json names the
 * affected products and the status of each open incident (and has a published schema).
 */
export class GCP extends RestTarget {
  static readonly defaultBaseUrl = 'https://status.cloud.google.com';
  override readonly listsAffectedOnly = true;
  constructor(name = 'gcp', baseUrl = GCP.defaultBaseUrl) {
    super(name, withPath(baseUrl, '/incidents.json'), GCP_OVERALL);
  }
  protected parseJson(document: unknown): VendorReport {
    return mapGcpIncidents(document);
  }
}
