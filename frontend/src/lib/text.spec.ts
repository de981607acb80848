import { compareText, formatCount } from './text';

describe('compareText', () => {
  it('orders case-insensitively, then exactly, like a person reads names', () => {
    const names = ['billing-2', 'Billing', 'api', 'Zoom', 'billing', 'API', 'auth'];
    expect([...names].sort(compareText)).toEqual(['API', 'api', 'auth', 'Billing', 'billing', 'billing-2', 'Zoom']);
  });

  it('gives the same order as localeCompare for typical endpoint names', () => {
    const names = Array.from({ length: 200 }, (_, i) => `svc-${(i * 7919) % 1000}-${i % 3 ? 'eu' : 'us'}`);
    expect([...names].sort(compareText)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(compareText('same', 'same')).toBe(0);
  });
});

describe('formatCount', () => {
  it.each([0, 7, 999, 1000, 2000, 12345, 1234567, -4500, 20000, 1_000_000_000])(
    'writes %d as toLocaleString("en") does',
    (n) => {
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
    },
  );
});
