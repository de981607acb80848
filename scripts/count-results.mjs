// Sums the JSON reports of every suite into the one closing line CI reads: "N passed, N failed, N skipped".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const suite =
    report.stats && 'expected' in report.stats
      ? // Playwright
        { p: report.stats.expected + report.stats.flaky, f: report.stats.unexpected, s: report.stats.skipped }
      : // Vitest (Jest-compatible JSON)
        { p: report.numPassedTests, f: report.numFailedTests, s: report.numPendingTests + (report.numTodoTests ?? 0) };
  passed += suite.p;
  failed += suite.f;
  skipped += suite.s;
  console.log(`  ${file.replace('.json', '').padEnd(18)} ${suite.p} passed, ${suite.f} failed, ${suite.s} skipped`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
