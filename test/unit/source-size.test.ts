import { MAX_FILE_LINES, MAX_FUNCTION_LINES, measureAll } from '../support/source-size.ts';

/**
 * Issue #10: the sources (functions/ but the CLI, infra/) stay split. Listing the offenders
 * (`npx tsx test/support/source-size.ts`) shows where to cut when this fails.
 */
describe('source sizes', () => {
  const reports = measureAll();

  it('measures the files it guards', () => {
    expect(reports.length).toBeGreaterThan(10);
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
});
