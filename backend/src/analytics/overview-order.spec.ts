import { seededRandom } from '../../test/random.js';
import { compareNames, worstUptimeFirst } from './overview-order.js';

const row = (name: string, uptimePercentage: number | null) => ({ endpoint: { name }, figures: { uptimePercentage } });

describe('worstUptimeFirst', () => {
  it('puts the lowest uptime first, endpoints without figures last, and ties by name', () => {
    const rows = [
      row('b', 99.9),
      row('none-2', null),
      row('A', 99.9),
      row('worst', 90),
      row('none-1', null),
      row('a', 99.9),
    ];
    expect(worstUptimeFirst(rows).map((r) => r.endpoint.name)).toEqual(['worst', 'A', 'a', 'b', 'none-1', 'none-2']);
    expect(rows[0]!.endpoint.name).toBe('b');
  });

  it('with a limit, keeps exactly the first rows of the full order (500 random cases)', () => {
    const next = seededRandom(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    for (let c = 0; c < 500; c++) {
      // Few distinct uptimes and names, so ties (on uptime, on the lower-cased name, on both) are common;
      // `id` tells apart rows that are equal in every compared field.
      const rows = Array.from({ length: Math.floor(next() * 60) }, (_, id) => ({
        id,
        endpoint: { name: pick(['a', 'A', 'b', 'B', 'api', 'Api', 'z']) },
        figures: { uptimePercentage: pick([null, 0, 50, 99.9, 100]) },
      }));
      const limit = Math.floor(next() * 70);
      const full = worstUptimeFirst(rows).map((r) => r.id);
      expect(
        worstUptimeFirst(rows, limit).map((r) => r.id),
        `case ${c}, limit ${limit}`,
      ).toEqual(full.slice(0, limit));
    }
  });

  it('with a limit of 0 keeps nothing and leaves the input alone', () => {
    const rows = [row('b', 1), row('a', 2)];
    expect(worstUptimeFirst(rows, 0)).toEqual([]);
    expect(worstUptimeFirst(rows, 1).map((r) => r.endpoint.name)).toEqual(['b']);
    expect(rows.map((r) => r.endpoint.name)).toEqual(['b', 'a']);
  });
});

describe('compareNames', () => {
  it('orders case-insensitively, then exactly', () => {
    expect(['billing-2', 'Billing', 'api', 'Zoom', 'billing', 'API'].sort(compareNames)).toEqual([
      'API',
      'api',
      'Billing',
      'billing',
      'billing-2',
      'Zoom',
    ]);
  });
});
