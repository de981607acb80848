import { ConfigError } from '../config/config.schema.js';
import { parseTargetsSection, planTargets } from './targets-config.js';

describe('parseTargetsSection', () => {
  it('accepts a missing section and a list of entries', () => {
    expect(parseTargetsSection({})).toEqual([]);
    expect(
      parseTargetsSection({
        targets: [
          { name: 'npm', kind: 'statuspage', base_url: 'https://status.npmjs.org', interval_seconds: 120 },
          { name: 'zoom', enabled: false },
        ],
      }),
    ).toEqual([
      {
        name: 'npm',
        kind: 'statuspage',
        baseUrl: 'https://status.npmjs.org',
        intervalSeconds: 120,
        enabled: undefined,
      },
      { name: 'zoom', kind: undefined, baseUrl: undefined, intervalSeconds: undefined, enabled: false },
    ]);
  });

  it.each<[unknown, string]>([
    [{ name: 'NPM', kind: 'statuspage', base_url: 'https://x' }, 'targets.0.name'],
    [{ name: 'npm', base_url: 'https://x' }, 'targets.0.kind: required'],
    [{ name: 'npm', kind: 'statuspage' }, 'targets.0.base_url: required for kind statuspage'],
    [{ name: 'npm', kind: 'pagerduty', base_url: 'https://x' }, 'targets.0.kind'],
    [{ name: 'github', interval_seconds: 10 }, 'targets.0.interval_seconds: must be at least 30'],
    [{ name: 'github', base_url: 'ftp://x' }, 'targets.0.base_url'],
    [{ name: 'github', colour: 'red' }, 'targets.0'],
  ])('rejects %j naming %s', (bad, message) => {
    expect(() => parseTargetsSection({ targets: [bad] })).toThrow(ConfigError);
    expect(() => parseTargetsSection({ targets: [bad] })).toThrow(message);
  });

  it('rejects duplicates and a section that is not a list', () => {
    expect(() => parseTargetsSection({ targets: [{ name: 'zoom' }, { name: 'zoom' }] })).toThrow(
      'duplicate target zoom',
    );
    expect(() => parseTargetsSection({ targets: { github: {} } })).toThrow('CONFIG_PATH targets.');
  });
});

describe('planTargets', () => {
  it('ships every built-in enabled-by-default without deciding fields the database holds', () => {
    const plan = planTargets([]);
    expect(plan.map((t) => t.name)).toEqual(['github', 'zoom', 'slack', 'gitlab', 'aws', 'gcp', 'azure-devops']);
    expect(plan.find((t) => t.name === 'github')).toEqual({
      name: 'github',
      kind: 'github',
      managedBy: 'builtin',
      defaultBaseUrl: 'https://www.githubstatus.com',
    });
  });

  it('lets the config file configure a built-in and add its own', () => {
    const plan = planTargets([
      { name: 'zoom', enabled: false },
      { name: 'npm', kind: 'statuspage', baseUrl: 'https://status.npmjs.org', intervalSeconds: 300 },
    ]);
    expect(plan.find((t) => t.name === 'zoom')).toMatchObject({
      managedBy: 'config',
      kind: 'zoom',
      enabled: false,
      intervalSeconds: 60,
      baseUrl: 'https://status.zoom.us',
    });
    expect(plan.find((t) => t.name === 'npm')).toMatchObject({
      managedBy: 'config',
      baseUrl: 'https://status.npmjs.org',
      intervalSeconds: 300,
      enabled: true,
    });
    expect(plan.find((t) => t.name === 'github')).toMatchObject({ managedBy: 'builtin' });
    expect(plan.find((t) => t.name === 'github')).not.toHaveProperty('baseUrl');
  });
});
