import { spawn } from 'node:child_process';
import { TEST_JWT_SECRET } from '../app.js';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

describe('the built server with a bad CONFIG_PATH file', () => {
  let dir: string;
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build -w backend" first`);
    dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-config-proc-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 1 before listening, naming the entry and field', async () => {
    const file = path.join(dir, 'apimon.yaml');
    await writeFile(
      file,
      'endpoints:\n  - { name: a, url: "https://a.test" }\n  - { name: b, url: "https://b.test" }\n  - { name: c, url: "https://c.test", interval: 2 }\n',
    );
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: path.join(dir, 'data'),
        CONFIG_PATH: file,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('endpoints[2].interval: must be at least 5');
    expect(output).not.toContain('listening');
    // The process first creates an embedded database (seconds alone, much longer on a busy machine).
  }, 120_000);
});
