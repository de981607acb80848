import type { CheerioAPI } from 'cheerio';
import { parseJsonBody } from '../mapping/decode.js';
import { mapStatusIo } from '../mapping/statusio.mapping.js';
import { FormatChanged } from '../mapping/vendor-errors.js';
import type { VendorReport } from '../unified-status.js';
import { HTMLTarget, withPath, type FetchedResponse } from './target.js';

const GITLAB_PAGE_ID = '5b36dc6502d06804c08349f7';

/**
 * GitLab's status page (status.gitlab.com) is an HTML page hosted by status.io. Its rendered markup
 * carries no stable machine-readable state, but status.io serves the same page's state as JSON at
 * `/1.0/status/<page id>` on the same host, and that is what the recorded fixtures show. So GitLab
 * stays an HTMLTarget (the page it represents, and HTML is what comes back when the API is down),
 * reads the status.io JSON when the body is JSON, and treats an HTML body as a failure whose
 * description comes from the page itself.
 */
export class GitLab extends HTMLTarget {
  static readonly defaultBaseUrl = 'https://status.gitlab.com';
  protected override readonly accept = 'application/json, text/html;q=0.5';

  constructor(name = 'gitlab', baseUrl = GitLab.defaultBaseUrl) {
    super(
      name,
      /\/1\.0\/status\/[^/]+$/.test(baseUrl) ? baseUrl : withPath(baseUrl, `/1.0/status/${GITLAB_PAGE_ID}`),
      'GitLab',
    );
  }

  protected override parseBody(response: FetchedResponse): VendorReport {
    const text = Buffer.from(response.body).toString('utf8').trimStart();
    if (text.startsWith('<')) return super.parseBody(response);
    return mapStatusIo(parseJsonBody(response.body), this.displayName, 'https://status.gitlab.com/');
  }

  protected parseHtml($: CheerioAPI): VendorReport {
    const title = $('title').first().text().trim() || 'an HTML page';
    throw new FormatChanged(`expected the status.io JSON document, got HTML (${title.slice(0, 120)})`);
  }
}
