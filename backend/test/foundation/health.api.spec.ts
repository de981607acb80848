import { createTestApp, type TestApp } from '../app.js';

describe('GET /health', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('answers 200 with the database up', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 when the database is down', async () => {
    await t.database.close();
    const res = await t.http().get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', db: 'down' });
  });
});
