import type { EndpointStatus } from '@/types/api';
import { byProblemsFirst, statusTone } from './endpoint-status';

const e = (status: EndpointStatus, name = 'x') => ({ status, name });

describe('statusTone', () => {
  it.each([
    ['UP', 'good'],
    ['DOWN', 'bad'],
    ['DEGRADED', 'warn'],
    ['PAUSED', 'neutral'],
    ['PENDING', 'neutral'],
  ] as const)('%s is %s', (status, tone) => expect(statusTone(status)).toBe(tone));
});

describe('byProblemsFirst', () => {
  it('orders DOWN, DEGRADED, PENDING, UP, PAUSED, then by name', () => {
    const list = [e('UP', 'b'), e('PAUSED'), e('UP', 'a'), e('DOWN'), e('PENDING'), e('DEGRADED')];
    expect(list.sort(byProblemsFirst).map((x) => `${x.status}:${x.name}`)).toEqual([
      'DOWN:x',
      'DEGRADED:x',
      'PENDING:x',
      'UP:a',
      'UP:b',
      'PAUSED:x',
    ]);
  });
});
