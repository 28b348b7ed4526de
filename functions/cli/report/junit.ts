import type { ScoredFile } from '../commands/scored.ts';
import { failed, problemsOf, verdictOf } from './results.ts';

const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** JUnit XML: one test case per package; blocked and invalid packages fail with their problems listed. */
export function toJunit(results: readonly ScoredFile[]): string {
  const failures = results.filter(failed).length;
  const cases = results.map((r) => {
    const problems = problemsOf([r]).map(
      (p) => `${p.file}:${p.region.startLine} ${p.level} ${p.ruleId} ${p.message}`,
    );
    const verdict = verdictOf(r);
    const score = r.kind === 'scored' ? ` score ${r.artifact.scorecard.total}/100` : '';
    const body = failed(r)
      ? `\n    <failure message="${xml(`${verdict}${score}`)}" type="${verdict}">${xml(problems.join('\n'))}</failure>\n  `
      : problems.length > 0
        ? `\n    <system-out>${xml(`${verdict}${score}\n${problems.join('\n')}`)}</system-out>\n  `
        : '';
    return `  <testcase classname="handoff.score" name="${xml(r.file)}" file="${xml(r.file)}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="handoff" tests="${results.length}" failures="${failures}">`,
    `<testsuite name="handoff score" tests="${results.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '</testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
