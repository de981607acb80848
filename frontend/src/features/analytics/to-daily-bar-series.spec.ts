import { averageUptime, dayTone, toDailyBarSeries } from './to-daily-bar-series';

const day = (date: string, uptime: number | null, downtime = 0, incidents = 0) => ({
  date,
  uptime_percentage: uptime,
  check_uptime_percentage: uptime,
  total_checks: uptime === null ? 0 : 1440,
  failed_checks: 0,
  downtime_seconds: downtime,
  degraded_seconds: 0,
  incidents,
});

describe('daily uptime bar', () => {
  it.each([
    [null, 'none'],
    [100, 'good'],
    [99.9, 'good'],
    [99.5, 'warn'],
    [98.2, 'bad'],
  ] as const)('%s %% → %s', (uptime, tone) => expect(dayTone(uptime)).toBe(tone));

  it('labels each day in words', () => {
    expect(
      toDailyBarSeries([day('2026-10-01', 99.306, 600, 1), day('2026-10-02', null), day('2026-10-03', 100)]),
    ).toEqual([
      { date: '2026-10-01', tone: 'warn', label: '2026-10-01: 99.306 % up, 10 min down, 1 incident' },
      { date: '2026-10-02', tone: 'none', label: '2026-10-02: no data' },
      { date: '2026-10-03', tone: 'good', label: '2026-10-03: 100 % up' },
    ]);
  });

  it('averages only days with data; none → null', () => {
    expect(averageUptime([day('a', 99), day('b', null), day('c', 100)])).toBe(99.5);
    expect(averageUptime([day('a', null)])).toBeNull();
  });
});
