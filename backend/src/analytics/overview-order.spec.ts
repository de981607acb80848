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
