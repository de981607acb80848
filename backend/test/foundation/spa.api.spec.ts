import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../app.js';

describe('serving the SPA from the API process', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'apimon-spa-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>apimon spa</title>');
    await writeFile(path.join(dir, 'app.js'), 'console.log(1)');
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', 'index-C_wGEi0t.js'), 'console.log(2)');
    // What the build writes beside it (vite-plugin-compression2).
    await writeFile(path.join(dir, 'assets', 'index-C_wGEi0t.js.br'), brotliCompressSync('console.log(2)'));
    await writeFile(path.join(dir, 'assets', 'index-C_wGEi0t.js.gz'), gzipSync('console.log(2)'));
    t = await createTestApp({ STATIC_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['/', '/endpoints/42', '/settings/users'])('answers the client route %s with index.html', async (route) => {
    const res = await t.http().get(route).expect(200).expect('content-type', /html/);
    expect(res.text).toContain('apimon spa');
  });

  it('serves built assets as files', async () => {
    const res = await t.http().get('/app.js').expect(200);
    expect(res.text).toContain('console.log');
  });

  it('lets browsers keep content-hashed assets for a year, and check the page and other files each time', async () => {
    await t
      .http()
      .get('/assets/index-C_wGEi0t.js')
      .expect(200)
      .expect('cache-control', 'public, max-age=31536000, immutable');
    for (const route of ['/', '/endpoints/42', '/app.js']) {
      await t.http().get(route).expect(200).expect('cache-control', 'no-cache');
    }
  });

  it('serves the brotli or gzip file the build wrote when the browser takes it, else the file itself', async () => {
    const brotli = await t
      .http()
      .get('/assets/index-C_wGEi0t.js')
      .set('accept-encoding', 'gzip, deflate, br')
      .expect(200)
      .expect('content-encoding', 'br')
      .expect('content-type', /javascript/)
      .expect('vary', /Accept-Encoding/i)
      .expect('cache-control', 'public, max-age=31536000, immutable');
    expect(brotli.text).toBe('console.log(2)'); // supertest decodes brotli and gzip
    const gzip = await t.http().get('/assets/index-C_wGEi0t.js').set('accept-encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe('console.log(2)');
    const plain = await t.http().get('/assets/index-C_wGEi0t.js').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe('console.log(2)');
  });

  it('never answers an /api route with the SPA', async () => {
    const res = await t.http().get('/api/unknown').set('accept', 'text/html').expect(404);
    expect(res.body.error.code).toBe('RouteNotFound');
  });

  it('keeps /health as JSON', async () => {
    await t.http().get('/health').expect(200, { status: 'ok', db: 'up' });
  });
});
