/**
 * How much CPU parsing a vendor's status document costs (fetch excluded): documents per second and
 * microseconds per document for one recorded response of each target, through the real Target classes.
 * Needs nothing running. Usage: npx tsx bench/public-status/run.ts [iterations=2000]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AwsRssFeed } from '../../backend/src/targets/kinds/aws-rss.target.js';
import { AWS } from '../../backend/src/targets/kinds/aws.target.js';
import { AzureDevOps } from '../../backend/src/targets/kinds/azure-devops.target.js';
import { GCP } from '../../backend/src/targets/kinds/gcp.target.js';
import { GitLab } from '../../backend/src/targets/kinds/gitlab.target.js';
import { Slack } from '../../backend/src/targets/kinds/slack.target.js';
import { GitHub, Zoom } from '../../backend/src/targets/kinds/statuspage.target.js';
import type { Target } from '../../backend/src/targets/kinds/target.js';

const FIXTURES = fileURLToPath(new URL('../../backend/test/fixtures/public-status/', import.meta.url));
const iterations = Number(process.argv[2] ?? 2000);

const cases: [string, Target, string][] = [
  ['GitHub summary (major outage)', new GitHub(), 'statuspage-github/summary-major-outage.json'],
  ['Zoom summary (maintenance)', new Zoom(), 'statuspage-zoom/summary-maintenance.json'],
  ['Slack current (major outage)', new Slack(), 'slack/current-major-outage.json'],
  ['GitLab status.io (major outage)', new GitLab(), 'gitlab/statusio-major-outage.json'],
  ['AWS currentevents (UTF-16)', new AWS(), 'aws/currentevents-major-outage.json'],
  [
    'AWS RSS feed',
    new AwsRssFeed('ec2', 'https://status.aws.amazon.com/rss/ec2-us-east-1.rss'),
    'aws/rss-ec2-us-east-1-outage.rss',
  ],
  ['GCP incidents.json', new GCP(), 'gcp/incidents-major-outage.json'],
  ['Azure DevOps health', new AzureDevOps(), 'azure-devops/health-major-outage.json'],
];

console.log(`| document | bytes | services | docs/s | µs/doc |`);
console.log(`|---|---|---|---|---|`);
for (const [name, target, file] of cases) {
  const body = readFileSync(`${FIXTURES}${file}`);
  const response = { status: 200, headers: { 'content-type': 'application/json' }, body };
  let services = 0;
  for (let i = 0; i < Math.min(200, iterations); i++) services = target.parse(response).services.length; // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) target.parse(response);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `| ${name} | ${body.length} | ${services} | ${Math.round(iterations / seconds)} | ${((seconds / iterations) * 1e6).toFixed(1)} |`,
  );
}
