import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfigFile } from './config-file.js';
import { ConfigError, loadConfig } from './config.schema.js';

describe('loadConfigFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-config-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const write = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    return file;
  };

  it('returns an empty document without a path or for an empty file', async () => {
    expect(await loadConfigFile(undefined)).toEqual({});
    expect(await loadConfigFile(await write('empty.yaml', ''))).toEqual({});
  });

  it('returns every section, untouched, for the domains to validate', async () => {
    const file = await write('ok.yaml', 'targets:\n  - name: npm\n    kind: statuspage\nendpoints: []\n');
    expect(await loadConfigFile(file)).toEqual({ targets: [{ name: 'npm', kind: 'statuspage' }], endpoints: [] });
  });

  it.each([
    ['missing', null, /cannot read .*missing\.yaml \(ENOENT\)/],
    ['bad.yaml', 'targets: [\n', /is not valid YAML/],
    ['list.yaml', '- a\n- b\n', /must be a YAML mapping/],
    ['position.yaml', 'endpoints:\n  - name: a\n    url: [unclosed\n', /is not valid YAML: .*line \d+/],
    ['duplicate.yaml', 'endpoints:\n  - { name: a, name: b, url: "https://a.test" }\n', /is not valid YAML: .*unique/i],
  ])('%s is a ConfigError naming CONFIG_PATH', async (name, text, message) => {
    const file = text === null ? path.join(dir, 'missing.yaml') : await write(name, text);
    const error = await loadConfigFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toMatch(/CONFIG_PATH:/);
    expect(String(error)).toMatch(message);
  });
});

describe('targets configuration variables', () => {
  it('defaults: collector on, 10 s timeout, no overrides', () => {
    expect(loadConfig({})).toMatchObject({ collector: true, targetTimeoutMs: 10_000, targetBaseUrls: {} });
  });

  it('parses COLLECTOR=off and TARGET_BASE_URLS', () => {
    const config = loadConfig({
      COLLECTOR: 'off',
      TARGET_BASE_URLS: 'github=http://127.0.0.1:9/gh, azure-devops=http://127.0.0.1:9/ado?x=1',
    });
    expect(config.collector).toBe(false);
    expect(config.targetBaseUrls).toEqual({
      github: 'http://127.0.0.1:9/gh',
      'azure-devops': 'http://127.0.0.1:9/ado?x=1',
    });
  });

  it.each([
    [{ COLLECTOR: 'maybe' }, 'COLLECTOR'],
    [{ TARGET_BASE_URLS: 'github' }, 'TARGET_BASE_URLS'],
    [{ TARGET_BASE_URLS: 'github=ftp://x' }, 'TARGET_BASE_URLS'],
    [{ TARGET_TIMEOUT_MS: '10' }, 'TARGET_TIMEOUT_MS'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
