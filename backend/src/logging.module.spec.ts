import { pathOnly } from './logging.module.js';

describe('pathOnly (what request logs show)', () => {
  it.each([
    ['/api/v1/endpoints?limit=5', '/api/v1/endpoints'],
    ['/update?tag=signup&key=amk_secret', '/update'],
    ['/api/v1/push/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde', '/api/v1/push/***'],
    ['/api/v1/push/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde/start?msg=x', '/api/v1/push/***/start'],
    [undefined, ''],
  ])('%s → %s', (url, expected) => {
    expect(pathOnly(url)).toBe(expected);
  });
});
