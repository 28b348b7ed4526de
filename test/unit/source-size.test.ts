import {
  LOCAL_AND_INFRA_SOURCES,
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
  measureAll,
  type SizeReport,
} from '../support/source-size.ts';

/**
 * Issue #10: files and functions stay small enough to read. Listing the offenders
 * (`npx tsx test/support/source-size.ts`) shows where to cut when this fails.
 */
function holdsToTheLimits(reports: SizeReport[], atLeast: number): void {
  it('measures the files it guards', () => {
    expect(reports.length).toBeGreaterThan(atLeast);
  });

  it(`keeps every file at most ${MAX_FILE_LINES} lines`, () => {
    expect(reports.filter((r) => r.lines > MAX_FILE_LINES).map((r) => `${r.file}: ${r.lines}`)).toEqual([]);
  });

  it(`keeps every function at most ${MAX_FUNCTION_LINES} lines`, () => {
    const long = reports.flatMap((r) =>
      r.longFunctions.map((f) => `${r.file}:${f.line} ${f.name} (${f.lines})`),
    );
    expect(long).toEqual([]);
  });
}

/** The rule engine, validator, scoring and contract diff stay split. */
describe('split core modules', () => {
  holdsToTheLimits(measureAll(), 10);
});

/** The local stack and the CDK app: steps named by what they do, not one long function each. */
describe('local/ and infra/', () => {
  holdsToTheLimits(measureAll(LOCAL_AND_INFRA_SOURCES), 25);
});
