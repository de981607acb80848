import type { Role } from '../auth/auth.decorators.js';
import { mayReportUsage } from './usage-key.js';

describe('mayReportUsage', () => {
  it.each<[Role, string[], boolean]>([
    ['viewer', ['usage'], true],
    ['viewer', ['api'], false],
    ['editor', ['api'], true],
    ['admin', ['api'], true],
    ['admin', [], false],
    ['admin', ['status'], false],
    ['editor', ['api', 'usage'], true],
  ])('%s with scopes %j → %s', (role, scopes, expected) => {
    expect(mayReportUsage({ apiKeyId: 1, userId: 1, role, scopes })).toBe(expected);
  });
});
