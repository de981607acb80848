import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AwsRssFeed } from '../../src/targets/kinds/aws-rss.target.js';
import { AWS } from '../../src/targets/kinds/aws.target.js';
import { AzureDevOps } from '../../src/targets/kinds/azure-devops.target.js';
import { GCP } from '../../src/targets/kinds/gcp.target.js';
import { GitLab } from '../../src/targets/kinds/gitlab.target.js';
import { Slack } from '../../src/targets/kinds/slack.target.js';
import { GitHub, StatuspageTarget, Zoom } from '../../src/targets/kinds/statuspage.target.js';
import type { FetchedResponse, Target } from '../../src/targets/kinds/target.js';

/**
 * The recorded vendor responses (copied from the shared fixture set, see its RULES.md). Another set
 * with the same layout (manifest.json, expected.json, <target>/<scenario>) can be checked with
 * PUBLIC_STATUS_FIXTURES_DIR=/path/to/set npx vitest run test/targets/vendor-fixtures.spec.ts
 */
export const FIXTURES_DIR = process.env.PUBLIC_STATUS_FIXTURES_DIR
  ? `${process.env.PUBLIC_STATUS_FIXTURES_DIR.replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../fixtures/public-status/', import.meta.url));

export interface FixtureMeta {
  url: string;
  http_status: number;
  content_type: string;
  parser: string | null;
}

export interface ExpectedEntry {
  service: string;
  status: string;
  maintenance?: true;
}

export const MANIFEST = JSON.parse(readFileSync(`${FIXTURES_DIR}manifest.json`, 'utf8')) as Record<string, FixtureMeta>;
export const EXPECTED = JSON.parse(readFileSync(`${FIXTURES_DIR}expected.json`, 'utf8')) as Record<
  string,
  ExpectedEntry[]
>;

/** The bytes of one fixture exactly as the vendor would send them. */
export function fixtureBody(file: string): Buffer {
  return readFileSync(`${FIXTURES_DIR}${file}`);
}

/** The response a vendor would give for a fixture: its status, content type and body. */
export function fixtureResponse(file: string): FetchedResponse {
  const meta = MANIFEST[file]!;
  return { status: meta.http_status, headers: { 'content-type': meta.content_type }, body: fixtureBody(file) };
}

/** The Target that reads a fixture's document, at the fixture's own URL. */
export function targetForFixture(file: string): Target {
  const meta = MANIFEST[file]!;
  const folder = file.split('/')[0];
  switch (meta.parser) {
    case 'sp-summary':
    case 'sp-status':
    case 'sp-components':
    case 'sp-unresolved':
      if (folder === 'statuspage-github') return new GitHub('github', meta.url);
      if (folder === 'statuspage-zoom') return new Zoom('zoom', meta.url);
      return new StatuspageTarget(folder!, meta.url);
    case 'gcp':
      return new GCP('gcp', meta.url);
    case 'aws-events':
      return new AWS('aws', meta.url);
    case 'aws-rss':
      return new AwsRssFeed('aws-rss', meta.url);
    case 'ado':
      return new AzureDevOps('azure-devops', meta.url);
    case 'statusio':
      return new GitLab('gitlab', meta.url);
    case 'slack':
      return new Slack('slack', meta.url);
    default:
      throw new Error(`no target reads parser ${meta.parser} (${file})`);
  }
}

/** The fixture files that have an expected result. */
export const MAPPED_FIXTURES = Object.keys(MANIFEST).filter((file) => MANIFEST[file]!.parser !== null);
