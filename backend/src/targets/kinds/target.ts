import * as cheerio from 'cheerio';
import { decodeText, parseJsonBody, parseXmlBody } from '../mapping/decode.js';
import { UnparseableResponse } from '../mapping/vendor-errors.js';
import { entry, type VendorReport } from '../unified-status.js';

export type TargetType = 'REST' | 'RSS' | 'HTML';

/** One HTTP response as the fetcher hands it over. */
export interface FetchedResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: Uint8Array;
}

/** What a Target needs to know about the previous response for a conditional request. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface HttpGet {
  get(url: string, options: { accept: string; validators: Validators }): Promise<FetchedResponse>;
}

export type CollectOutcome =
  { kind: 'not-modified'; validators: Validators } | { kind: 'report'; report: VendorReport; validators: Validators };

/**
 * A public status source: name, endpoint URL and type; fetch → parse → a list of service statuses.
 * Subclasses decide how a body is read (REST/RSS/HTML) and what the vendor's document means.
 */
export abstract class Target {
  abstract readonly type: TargetType;
  protected abstract readonly accept: string;
  /**
   * Incident feeds (GCP, AWS, Slack) list a service only while something affects it: a service
   * that disappears has recovered rather than been removed.
   */
  readonly listsAffectedOnly: boolean = false;

  constructor(
    readonly name: string,
    readonly endpoint: string,
    /** The provider-level entry's name when the document does not say (`GitHub`, `AWS`). */
    readonly displayName: string,
  ) {}

  /** Fetches (conditionally, when validators are known) and parses. Throws on any failure. */
  async collect(http: HttpGet, validators: Validators): Promise<CollectOutcome> {
    const response = await http.get(this.endpoint, { accept: this.accept, validators });
    const next: Validators = {
      etag: response.headers['etag'] ?? null,
      lastModified: response.headers['last-modified'] ?? null,
    };
    if (response.status === 304) return { kind: 'not-modified', validators: validators };
    return { kind: 'report', report: this.parse(response), validators: next };
  }

  /** Non-2xx is a failure whatever the body says; otherwise the subclass reads the body. */
  parse(response: FetchedResponse): VendorReport {
    if (response.status < 200 || response.status > 299) {
      throw new UnparseableResponse(describeHttpFailure(response));
    }
    return this.parseBody(response);
  }

  /** The fixture rule for a failed fetch: exactly one entry, the provider's name with Unknown. */
  failureReport(): VendorReport {
    return { overall: entry(this.displayName, 'Unknown', null), services: [] };
  }

  protected abstract parseBody(response: FetchedResponse): VendorReport;
}

/** A JSON API. */
export abstract class RestTarget extends Target {
  readonly type = 'REST' as const;
  protected readonly accept: string = 'application/json';

  protected parseBody(response: FetchedResponse): VendorReport {
    return this.parseJson(parseJsonBody(response.body));
  }

  protected abstract parseJson(document: unknown): VendorReport;
}

/** An RSS 2.0 or Atom feed, read with fast-xml-parser. */
export abstract class RSSTarget extends Target {
  readonly type = 'RSS' as const;
  protected readonly accept: string = 'application/rss+xml, application/atom+xml;q=0.9, application/xml;q=0.8';

  protected parseBody(response: FetchedResponse): VendorReport {
    return this.parseFeed(parseXmlBody(response.body));
  }

  protected abstract parseFeed(feed: Record<string, unknown>): VendorReport;
}

/** An HTML status page, read with cheerio. */
export abstract class HTMLTarget extends Target {
  readonly type = 'HTML' as const;
  protected readonly accept: string = 'text/html';

  protected parseBody(response: FetchedResponse): VendorReport {
    return this.parseHtml(cheerio.load(decodeText(response.body)));
  }

  protected abstract parseHtml($: cheerio.CheerioAPI): VendorReport;
}

/** "HTTP 503: Service Unavailable" — the title of an HTML error page says more than the code. */
export function describeHttpFailure(response: FetchedResponse): string {
  const type = response.headers['content-type'] ?? '';
  let detail = '';
  if (type.includes('html')) {
    detail = cheerio.load(decodeText(response.body))('title').first().text().trim();
  } else if (type.includes('json')) {
    try {
      const message = (parseJsonBody(response.body) as { message?: unknown }).message;
      if (typeof message === 'string') detail = message;
    } catch {
      // the status code alone says enough
    }
  }
  return `HTTP ${response.status}${detail ? `: ${detail.slice(0, 200)}` : ''}`;
}

/** The base URL plus the vendor's document path, unless the URL already ends with that path. */
export function withPath(baseUrl: string, path: string): string {
  const wanted = new URL(path, 'http://x').pathname;
  if (new URL(baseUrl).pathname.endsWith(wanted)) return baseUrl;
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
