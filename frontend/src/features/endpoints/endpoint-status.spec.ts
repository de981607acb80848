import type { EndpointStatus } from '@/types/api';
import { byProblemsFirst, statusTone, summarizeEndpoints } from './endpoint-status';

const e = (status: EndpointStatus, last_latency_ms: number | null = null, name = 'x') => ({
  status,
  last_latency_ms,
  name,
});

describe('statusTone', () => {
  it.each([
    ['UP', 'good'],
    ['DOWN', 'bad'],
    ['DEGRADED', 'warn'],
    ['PAUSED', 'neutral'],
    ['PENDING', 'neutral'],
  ] as const)('%s is %s', (status, tone) => expect(statusTone(status)).toBe(tone));
});

describe('summarizeEndpoints', () => {
  it.each([
    ['nothing', [], { total: 0, UP: 0, DOWN: 0, averageLatencyMs: null }],
    ['counts per status', [e('UP', 10), e('UP', 30), e('DOWN')], { total: 3, UP: 2, DOWN: 1, averageLatencyMs: 20 }],
    ['paused latencies are left out', [e('UP', 10), e('PAUSED', 1000)], { total: 2, PAUSED: 1, averageLatencyMs: 10 }],
    ['rounds the mean', [e('UP', 1), e('DEGRADED', 2)], { DEGRADED: 1, averageLatencyMs: 2 }],
    ['no latency yet', [e('PENDING')], { PENDING: 1, averageLatencyMs: null }],
  ])('%s', (_name, endpoints, expected) => {
    expect(summarizeEndpoints(endpoints)).toMatchObject(expected);
  });
});

describe('byProblemsFirst', () => {
  it('orders DOWN, DEGRADED, PENDING, UP, PAUSED, then by name', () => {
    const list = [e('UP', null, 'b'), e('PAUSED'), e('UP', null, 'a'), e('DOWN'), e('PENDING'), e('DEGRADED')];
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
