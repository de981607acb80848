import { STATUSPAGE_MAPPERS, type StatuspageEndpoint } from '../mapping/statuspage.mapping.js';
import type { VendorReport } from '../unified-status.js';
import { RestTarget } from './target.js';

const ENDPOINTS: [RegExp, StatuspageEndpoint][] = [
  [/\/summary\.json$/, 'summary'],
  [/\/status\.json$/, 'status'],
  [/\/components\.json$/, 'components'],
  [/\/incidents\/unresolved\.json$/, 'unresolved'],
];

/**
 * Any Atlassian Statuspage (and incident.io pages imitating it), configured with just a name and a
 * base URL: `https://status.npmjs.org` reads `/api/v2/summary.json`. A URL that already names one
 * of the v2 JSON documents (summary, status, components, incidents/unresolved) is read as is.
 */
export class StatuspageTarget extends RestTarget {
  private readonly document: StatuspageEndpoint;

  constructor(name: string, baseUrl: string, displayName = name) {
    const path = new URL(baseUrl).pathname;
    const known = ENDPOINTS.find(([re]) => re.test(path));
    super(name, known ? baseUrl : `${baseUrl.replace(/\/+$/, '')}/api/v2/summary.json`, displayName);
    this.document = known?.[1] ?? 'summary';
  }

  protected parseJson(document: unknown): VendorReport {
    return STATUSPAGE_MAPPERS[this.document](document);
  }
}

export class GitHub extends StatuspageTarget {
  static readonly defaultBaseUrl = 'https://www.githubstatus.com';
  constructor(name = 'github', baseUrl = GitHub.defaultBaseUrl) {
    super(name, baseUrl, 'GitHub');
  }
}

export class Zoom extends StatuspageTarget {
  static readonly defaultBaseUrl = 'https://status.zoom.us';
  constructor(name = 'zoom', baseUrl = Zoom.defaultBaseUrl) {
    super(name, baseUrl, 'Zoom');
  }
}
