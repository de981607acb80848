import { ConfigError, loadConfig } from '../config/config.schema.js';

describe('configuration of endpoints and live events', () => {
  it('defaults to no config file, relative links and a 15 s heartbeat', () => {
    expect(loadConfig({})).toMatchObject({ configPath: undefined, publicUrl: undefined, eventsHeartbeatSeconds: 15 });
  });

  it('reads the variables, dropping trailing slashes of PUBLIC_URL', () => {
    expect(
      loadConfig({
        CONFIG_PATH: '/etc/apimon.yaml',
        PUBLIC_URL: 'https://apimon.example.com//',
        EVENTS_HEARTBEAT_SECONDS: '5',
      }),
    ).toMatchObject({
      configPath: '/etc/apimon.yaml',
      publicUrl: 'https://apimon.example.com',
      eventsHeartbeatSeconds: 5,
    });
  });

  it.each([
    [{ PUBLIC_URL: 'apimon.example.com' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://apimon.example.com' }, 'PUBLIC_URL'],
    [{ EVENTS_HEARTBEAT_SECONDS: '0' }, 'EVENTS_HEARTBEAT_SECONDS'],
    [{ EVENTS_HEARTBEAT_SECONDS: 'often' }, 'EVENTS_HEARTBEAT_SECONDS'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});
