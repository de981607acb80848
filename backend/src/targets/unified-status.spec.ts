import { entry, levelOf, parseTimestamp, worstOf, type Level } from './unified-status.js';

describe('worstOf', () => {
  it.each<[Level[], Level]>([
    [[], 'OK'],
    [['OK'], 'OK'],
    [['OK', 'Unknown'], 'Unknown'],
    [['Unknown', 'Degraded'], 'Degraded'],
    [['Maintenance', 'OK'], 'Maintenance'],
    [['Maintenance', 'Degraded'], 'Degraded'],
    [['Degraded', 'Maintenance'], 'Degraded'],
    [['Maintenance', 'Unknown'], 'Maintenance'],
    [['Degraded', 'Outage', 'OK'], 'Outage'],
    [['Outage', 'Maintenance'], 'Outage'],
  ])('worstOf(%j) = %s', (levels, expected) => {
    expect(worstOf(levels)).toBe(expected);
  });
});

describe('entry', () => {
  it('turns Maintenance into Degraded with maintenance: true and back', () => {
    const e = entry('Pages', 'Maintenance', 'under_maintenance');
    expect(e).toEqual({
      name: 'Pages',
      status: 'Degraded',
      lastTimestamp: null,
      dimensions: { rawStatus: 'under_maintenance', maintenance: true },
    });
    expect(levelOf(e)).toBe('Maintenance');
  });

  it('drops empty details but keeps the raw status even when null', () => {
    expect(entry('X', 'OK', null, null, { region: undefined, group: '', serviceId: 'a' }).dimensions).toEqual({
      rawStatus: null,
      serviceId: 'a',
    });
  });
});

describe('parseTimestamp', () => {
  it.each<[unknown, string | null]>([
    ['2025-03-13T07:22:41-07:00', '2025-03-13T14:22:41.000Z'],
    ['Mon, 10 Mar 2025 22:58:04 PDT', '2025-03-11T05:58:04.000Z'],
    [1741672684000, '2025-03-11T05:58:04.000Z'],
    ['', null],
    ['not a date', null],
    [null, null],
    [{}, null],
  ])('parseTimestamp(%j) = %s', (value, expected) => {
    expect(parseTimestamp(value)?.toISOString() ?? null).toBe(expected);
  });
});
