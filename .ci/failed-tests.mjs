// Reads the JSON report that vitest writes when .ci/run sets HANDOFF_TEST_REPORT, prints the counts as
// "tests: N passed, N failed, N skipped" and names each failed test (file > describe > test), or each test
// file that failed without a test result (an import error, a failing hook). Plain Node, no dependencies.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log('No test report: npm test stopped before vitest ran (typecheck or lint failed, see above).');
  process.exit(0);
}

const report = JSON.parse(readFileSync(file, 'utf8'));
const failed = [];
for (const suite of report.testResults ?? []) {
  const path = relative(process.cwd(), suite.name);
  const tests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
  for (const t of tests) failed.push(`${path} > ${[...(t.ancestorTitles ?? []), t.title].join(' > ')}`);
  if (tests.length === 0 && suite.status === 'failed') {
    const why = String(suite.message ?? '').split('\n')[0] || 'failed without a test result';
    failed.push(`${path} (${why})`);
  }
}

const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(
  `tests: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed, ${skipped} skipped`,
);
if (failed.length > 0) {
  console.log(`Failed (${failed.length}):`);
  for (const name of failed) console.log(`  ✗ ${name}`);
}
