import type { ScoredFile } from '../commands/scored.ts';
import { locator, type Region } from './locate.ts';

/** One problem of one file, in the shape every CI format is rendered from. */
export interface Problem {
  file: string;
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  message: string;
  pointer: string;
  region: Region;
}

const LEVEL = { block: 'error', warn: 'warning', info: 'note' } as const;

/** Findings of scored files and violations of invalid ones (rule `package/<rule>`), located in the source. */
export function problemsOf(results: readonly ScoredFile[]): Problem[] {
  return results.flatMap((r) => {
    const at = locator(r.text);
    if (r.kind === 'invalid') {
      return r.violations.map((v) => ({
        file: r.file,
        ruleId: `package/${v.rule}`,
        level: 'error' as const,
        message: `${v.pointer || '/'}: ${v.message}`,
        pointer: v.pointer,
        region: at(v.pointer),
      }));
    }
    return r.artifact.findings.map((f) => ({
      file: r.file,
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: f.message,
      pointer: f.pointer,
      region: at(f.pointer),
    }));
  });
}

/** A file's verdict: pass, needs-approval, blocked or invalid. */
export function verdictOf(r: ScoredFile): string {
  return r.kind === 'invalid' ? 'invalid' : r.artifact.decision.outcome;
}

export const failed = (r: ScoredFile) => r.kind === 'invalid' || r.artifact.decision.outcome === 'blocked';
