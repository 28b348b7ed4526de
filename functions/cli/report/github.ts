import type { ScoredFile } from '../commands/scored.ts';
import { problemsOf } from './results.ts';

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

/** Workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=RULE::message`, one per problem. */
export function toGithub(results: readonly ScoredFile[]): string {
  return problemsOf(results)
    .map(
      (p) =>
        `::${COMMAND[p.level]} file=${prop(p.file)},line=${p.region.startLine},col=${p.region.startColumn},title=${prop(p.ruleId)}::${data(p.message)}\n`,
    )
    .join('');
}
