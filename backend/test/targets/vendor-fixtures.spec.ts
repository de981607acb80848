import { FormatChanged, UnparseableResponse } from '../../src/targets/mapping/vendor-errors.js';
import type { VendorReport } from '../../src/targets/unified-status.js';
import { EXPECTED, fixtureResponse, MAPPED_FIXTURES, targetForFixture, type ExpectedEntry } from './vendor-fixtures.js';

/** The fixture rules applied to a report: overall first, then the services (AWS RSS: its one entry). */
function asEntries(report: VendorReport): ExpectedEntry[] {
  const all =
    report.services.length === 1 && report.services[0] === report.overall
      ? [report.overall]
      : [report.overall, ...report.services];
  return all.map((e) => ({
    service: e.name,
    status: e.status,
    ...(e.dimensions.maintenance ? { maintenance: true as const } : {}),
  }));
}

const byService = (entries: ExpectedEntry[]) => [...entries].sort((a, b) => a.service.localeCompare(b.service));

describe('every target against every recorded vendor response', () => {
  it('covers every fixture that has an expected result', () => {
    expect(MAPPED_FIXTURES.length).toBeGreaterThan(0);
    expect(MAPPED_FIXTURES.every((file) => file in EXPECTED)).toBe(true);
  });

  it.each(MAPPED_FIXTURES)('%s', (file) => {
    const target = targetForFixture(file);
    let report: VendorReport;
    try {
      report = target.parse(fixtureResponse(file));
    } catch (error) {
      expect(error).toSatisfy((e) => e instanceof UnparseableResponse || e instanceof FormatChanged);
      report = target.failureReport();
    }
    expect(byService(asEntries(report))).toEqual(byService(EXPECTED[file]!));
  });

  it.each(MAPPED_FIXTURES)('%s keeps the raw status in every entry', (file) => {
    const target = targetForFixture(file);
    let report: VendorReport;
    try {
      report = target.parse(fixtureResponse(file));
    } catch {
      return expect(target.failureReport().services).toEqual([]);
    }
    for (const e of [report.overall, ...report.services]) expect(e.dimensions).toHaveProperty('rawStatus');
  });
});
