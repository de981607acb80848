import type { OverviewRow } from './api/types';
import { worstUptimeFirst } from './worst-uptime-first';

const row = (endpoint_name: string, uptime_percentage: number | null) =>
  ({ endpoint_name, uptime_percentage }) as OverviewRow;
const names = (rows: OverviewRow[]) => rows.map((r) => r.endpoint_name);

describe('worstUptimeFirst', () => {
  it.each([
    ['nothing', [], []],
    ['lowest uptime first', [row('a', 100), row('b', 97.5), row('c', 99.9)], ['b', 'c', 'a']],
    ['no figures after every figure, even 0 %', [row('a', null), row('b', 0), row('c', 100)], ['b', 'c', 'a']],
    ['ties by name', [row('z', 99), row('m', null), row('a', 99), row('b', null)], ['a', 'z', 'b', 'm']],
  ])('%s', (_name, rows, expected) => {
    expect(names(worstUptimeFirst(rows))).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const rows = [row('a', 100), row('b', 1)];
    worstUptimeFirst(rows);
    expect(names(rows)).toEqual(['a', 'b']);
  });
});
