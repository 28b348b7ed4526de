import type { Finding, HandoffArtifact } from '#core/artifact-types';
import type { HandoffContract } from '#core/contract-schema';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { engineContract } from './engine-fixtures.ts';

/** Score and return the artifact (the public path every test goes through). */
export function score(pkg: HandoffPackage, contract: HandoffContract = engineContract()): HandoffArtifact {
  return scorePackage(pkg, contract);
}

export function findings(pkg: HandoffPackage, contract?: HandoffContract): Finding[] {
  return score(pkg, contract).findings;
}

/** Findings of one rule. */
export function hits(pkg: HandoffPackage, ruleId: string, contract?: HandoffContract): Finding[] {
  return findings(pkg, contract).filter((f) => f.ruleId === ruleId);
}

/** The text each span of `ruleId` covers in `copy`. */
export function spanTexts(pkg: HandoffPackage, ruleId: string, copy: string): string[] {
  return hits(pkg, ruleId).map((f) => (f.span ? copy.slice(f.span[0], f.span[1]) : '<no span>'));
}
