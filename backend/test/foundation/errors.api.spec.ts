import { createTestApp, type TestApp } from '../app.js';

describe('error responses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['/api/nope', '/api/v1/does/not/exist', '/api'])(
    'answers an unknown API route %s with 404 in the error shape',
    async (path) => {
      const res = await t.http().get(path).expect(404).expect('content-type', /json/);
      expect(res.body.error).toMatchObject({ code: 'RouteNotFound', details: [] });
      expect(res.body.error.message).toContain(path);
      expect(res.body.error.request_id).toBe(res.headers['x-request-id']);
    },
  );

  it('answers a malformed JSON body with 400 MalformedBody and a request id', async () => {
    const res = await t.http().post('/api/v1/system').set('content-type', 'application/json').send('{bad').expect(400);
    expect(res.body.error.code).toBe('MalformedBody');
    expect(res.body.error.request_id).toMatch(/.+/);
  });

  it('answers a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({ x: 'a'.repeat(1_100_000) });
    const res = await t.http().post('/api/v1/system').set('content-type', 'application/json').send(big).expect(413);
    expect(res.body.error.code).toBe('PayloadTooLarge');
  });

  it("keeps a caller's sane X-Request-Id and replaces an unsafe one", async () => {
    const kept = await t.http().get('/api/nope').set('X-Request-Id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    expect(kept.body.error.request_id).toBe('abc-123');
    const replaced = await t.http().get('/api/nope').set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).not.toContain(' ');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(res.body.info.title).toBe('apimon API');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/system']));
  });
});
