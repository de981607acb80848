import { monthWindow, slaOutcome, toCsv } from './sla.js';

describe('monthWindow', () => {
  it.each([
    ['2026-10', '2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ['2026-12', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2024-02', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
  ])('%s', (month, from, to) => {
    const w = monthWindow(month)!;
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual([from, to]);
  });
  it.each(['2026-13', '2026-00', '26-10', 'October'])('rejects %s', (m) => expect(monthWindow(m)).toBeNull());
});

describe('slaOutcome', () => {
  const month = 30 * 86_400; // seconds counted in a 30-day month
  it.each([
    {
      name: '99.9 % of 30 days allows 43.2 min; 40 min down is within',
      f: { targetPercentage: 99.9, countedSeconds: month, downtimeSeconds: 2400, uptimePercentage: 99.907 },
      want: { allowedDowntimeMinutes: 43.2, actualDowntimeMinutes: 40, breached: false },
    },
    {
      name: '50 min down breaches it',
      f: { targetPercentage: 99.9, countedSeconds: month, downtimeSeconds: 3000, uptimePercentage: 99.884 },
      want: { allowedDowntimeMinutes: 43.2, actualDowntimeMinutes: 50, breached: true },
    },
    {
      name: 'no target',
      f: { targetPercentage: null, countedSeconds: month, downtimeSeconds: 3000, uptimePercentage: 99.884 },
      want: { allowedDowntimeMinutes: null, actualDowntimeMinutes: 50, breached: false },
    },
    {
      name: 'nothing counted',
      f: { targetPercentage: 99, countedSeconds: 0, downtimeSeconds: 0, uptimePercentage: null },
      want: { allowedDowntimeMinutes: 0, actualDowntimeMinutes: 0, breached: false },
    },
  ])('$name', ({ f, want }) => expect(slaOutcome(f)).toEqual(want));
});

describe('toCsv', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [null, 1.5],
          [true, 'plain'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n,1.5\r\ntrue,plain\r\n');
  });
});
