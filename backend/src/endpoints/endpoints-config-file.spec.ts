import { parse } from 'yaml';
import { EndpointsConfigError, endpointsFromDocument, formatEntryPath } from './endpoints-config-file.js';

/** The section as the shared loader hands it over (config-file.spec.ts covers reading and YAML errors). */
const parseEndpointsConfig = (text: string, source: string) =>
  endpointsFromDocument((parse(text) as Record<string, unknown> | null) ?? {}, source);

function problemsOf(text: string): string[] {
  try {
    parseEndpointsConfig(text, 'apimon.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(EndpointsConfigError);
    expect((error as Error).message).toContain('apimon.yaml');
    return (error as EndpointsConfigError).problems;
  }
  throw new Error('expected the file to be refused');
}

describe('parseEndpointsConfig', () => {
  it('maps entries with the API defaults and units', () => {
    const [api, job] = parseEndpointsConfig(
      `
endpoints:
  - name: Orders API
    url: https://orders.example.test/health
    interval: 30
    timeout: 2.5
    expected_status: [200-299, 304]
    headers:
      - { name: Authorization, value: Bearer abc }
      - { name: Accept, value: application/json }
    assertions:
      - { type: json_path, path: $.status, op: equals, value: healthy }
    tags: [prod]
  - name: nightly backup
    kind: push
    cron: "0 3 * * *"
    timezone: Europe/Berlin
targets:
  - whatever: the targets module reads this
`,
      'apimon.yaml',
    );
    expect(api).toMatchObject({
      kind: 'http',
      name: 'Orders API',
      url: 'https://orders.example.test/health',
      method: 'GET',
      intervalSeconds: 30,
      timeoutMs: 2500,
      expectedStatus: ['200-299', 304],
      headers: [
        { name: 'Authorization', value: 'Bearer abc', secret: true },
        { name: 'Accept', value: 'application/json', secret: false },
      ],
      assertions: [{ type: 'json_path', path: '$.status', op: 'equals', value: 'healthy' }],
      retries: 1,
      isActive: true,
      tags: ['prod'],
    });
    expect(job).toMatchObject({
      kind: 'push',
      url: null,
      cron: '0 3 * * *',
      timezone: 'Europe/Berlin',
      graceSeconds: 300,
    });
  });

  it.each(['', '# nothing yet\n', 'targets: []\n', 'endpoints:\n', 'endpoints: []\n'])(
    'reads %j as no endpoints',
    (text) => {
      expect(parseEndpointsConfig(text, 'apimon.yaml')).toEqual([]);
    },
  );

  it('names the entry and field of every problem', () => {
    expect(
      problemsOf(`
endpoints:
  - { name: a, url: https://a.example.test }
  - { name: b, url: https://b.example.test, retries: 9 }
  - { name: c, url: https://c.example.test, interval: 2 }
  - { name: d, url: "file:///etc/passwd", headers: [{ name: "bad name", value: x }] }
`),
    ).toEqual([
      'endpoints[1].retries: must be at most 5',
      'endpoints[2].interval: must be at least 5',
      'endpoints[3].url: must use http or https',
      "endpoints[3].headers[0].name: is not a valid header name (letters, digits and !#$%&'*+.^_`|~-)",
    ]);
  });

  it.each([
    [
      'an unknown field',
      'endpoints:\n  - { name: a, url: "https://a.test", intervall: 30 }\n',
      'endpoints[0].intervall: is not a known field',
    ],
    [
      'a duplicate name',
      'endpoints:\n  - { name: a, url: "https://a.test" }\n  - { name: a, url: "https://b.test" }\n',
      'endpoints[1].name: "a" is already used by endpoints[0]',
    ],
    [
      'a masked header',
      'endpoints:\n  - { name: a, url: "https://a.test", headers: [{ name: Cookie, value: "********" }] }\n',
      'endpoints[0].headers[0].value: must be the real value, not the mask',
    ],
    ['an entry that is not a mapping', 'endpoints:\n  - just a string\n', 'endpoints[0]: must be an object'],
    ['endpoints that is not a list', 'endpoints: { name: a }\n', 'endpoints: must be a list of entries'],
    ['a missing url', 'endpoints:\n  - { name: a }\n', 'endpoints[0].url: is required'],
  ])('refuses %s', (_label, text, problem) => {
    expect(problemsOf(text)).toEqual([problem]);
  });
});

describe('formatEntryPath', () => {
  it.each([
    [2, ['interval'], 'endpoints[2].interval'],
    [0, ['headers', 3, 'value'], 'endpoints[0].headers[3].value'],
    [1, [], 'endpoints[1]'],
  ] as const)('%i %j → %s', (index, path, out) => {
    expect(formatEntryPath(index, [...path])).toBe(out);
  });
});
