import type { Finding } from '../artifact-types.ts';
import type { HandoffContract } from '../contract-schema.ts';
import type { CheckContext } from './checks/types.ts';
import type { CompiledRulebook } from './compile.ts';
import { Collector, sortFindings } from './findings.ts';
import { runPatterns } from './patterns.ts';
import { runPhrases } from './phrases.ts';
import type { PackageView } from './view.ts';

/**
 * The rule engine: a rulebook is compiled once (compile.ts: every regex built at load, a literal
 * prefilter in prefilter.ts, the inclusive-language phrases in phrases.ts), then run over the text
 * sites of a package view (view.ts): pattern rules, phrases, then each check through the registry in
 * checks/. This module is the engine's public face; the parts live next to it.
 */

export { valueAt as resolvePointer } from '../json-pointer.ts';
export type { CompiledRulebook } from './compile.ts';
export { compileRulebook } from './compile.ts';
export { compareFindings, effectiveSeverity, sortFindings } from './findings.ts';
export { mayMatch } from './prefilter.ts';
export type { PackageView, TextSite } from './view.ts';
export { lowerOf, viewPackage } from './view.ts';

/** Run one compiled rulebook on a package view; findings are sorted and deduplicated. */
export function runRulebook(cr: CompiledRulebook, view: PackageView, contract: HandoffContract): Finding[] {
  const out = new Collector(
    contract.ruleOverrides,
    cr.regulated,
    cr.policy?.topicOfCategory,
    cr.policy?.ranking,
  );
  runPatterns(cr, view, out);
  runPhrases(cr, view, out);
  const ctx: CheckContext = { cr, view, contract, out };
  for (const cc of cr.checks) {
    const sev = out.severity(cc.rule);
    if (sev !== null) cc.run(cc, sev, ctx);
  }
  return sortFindings(out.findings);
}
