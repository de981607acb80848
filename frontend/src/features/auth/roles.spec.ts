import { can, safeNext } from './roles';
import type { Role } from './types';

describe('can', () => {
  it.each<[Role | undefined, Role, boolean]>([
    ['viewer', 'viewer', true],
    ['viewer', 'editor', false],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'editor', true],
    [undefined, 'viewer', false],
  ])('%s can act as %s → %s', (actual, required, expected) => {
    expect(can(actual, required)).toBe(expected);
  });
});

describe('safeNext', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['/endpoints/3?range=24h', '/endpoints/3?range=24h'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/x', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
