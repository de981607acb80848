import { AwsRssFeed } from './kinds/aws-rss.target.js';
import { AWS } from './kinds/aws.target.js';
import { AzureDevOps } from './kinds/azure-devops.target.js';
import { GCP } from './kinds/gcp.target.js';
import { GitLab } from './kinds/gitlab.target.js';
import { Slack } from './kinds/slack.target.js';
import { GitHub, StatuspageTarget, Zoom } from './kinds/statuspage.target.js';
import type { Target } from './kinds/target.js';

/** Every kind of public-status target a user can configure. */
export const TARGET_KINDS = [
  'statuspage',
  'github',
  'zoom',
  'gitlab',
  'gcp',
  'aws',
  'aws-rss',
  'azure-devops',
  'slack',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

interface KindSpec {
  /** undefined = the URL must be given (statuspage, aws-rss). */
  defaultBaseUrl?: string;
  create(name: string, baseUrl: string): Target;
}

const KINDS: Record<TargetKind, KindSpec> = {
  statuspage: { create: (name, url) => new StatuspageTarget(name, url) },
  github: { defaultBaseUrl: GitHub.defaultBaseUrl, create: (name, url) => new GitHub(name, url) },
  zoom: { defaultBaseUrl: Zoom.defaultBaseUrl, create: (name, url) => new Zoom(name, url) },
  gitlab: { defaultBaseUrl: GitLab.defaultBaseUrl, create: (name, url) => new GitLab(name, url) },
  gcp: { defaultBaseUrl: GCP.defaultBaseUrl, create: (name, url) => new GCP(name, url) },
  aws: { defaultBaseUrl: AWS.defaultBaseUrl, create: (name, url) => new AWS(name, url) },
  'aws-rss': { create: (name, url) => new AwsRssFeed(name, url) },
  'azure-devops': { defaultBaseUrl: AzureDevOps.defaultBaseUrl, create: (name, url) => new AzureDevOps(name, url) },
  slack: { defaultBaseUrl: Slack.defaultBaseUrl, create: (name, url) => new Slack(name, url) },
};

/** The targets that ship enabled: one per vendor apimon knows, under the vendor's kind name. */
export const BUILTIN_TARGETS: readonly { name: string; kind: TargetKind }[] = [
  { name: 'github', kind: 'github' },
  { name: 'zoom', kind: 'zoom' },
  { name: 'slack', kind: 'slack' },
  { name: 'gitlab', kind: 'gitlab' },
  { name: 'aws', kind: 'aws' },
  { name: 'gcp', kind: 'gcp' },
  { name: 'azure-devops', kind: 'azure-devops' },
];

export function defaultBaseUrl(kind: TargetKind): string | undefined {
  return KINDS[kind].defaultBaseUrl;
}

/** Builds the Target object of a configured target. */
export function createTarget(kind: TargetKind, name: string, baseUrl: string): Target {
  return KINDS[kind].create(name, baseUrl);
}
