import { hasRole, type Role } from './auth.decorators.js';

describe('hasRole', () => {
  it.each<[Role, Role | undefined, boolean]>([
    ['viewer', undefined, true],
    ['viewer', 'viewer', true],
    ['viewer', 'editor', false],
    ['viewer', 'admin', false],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'editor', true],
    ['admin', 'admin', true],
  ])('%s on a route needing %s → %s', (actual, required, expected) => {
    expect(hasRole(actual, required)).toBe(expected);
  });
});
