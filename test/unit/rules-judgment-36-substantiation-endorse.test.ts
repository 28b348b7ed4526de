import { CLAIM_KINDS, type ClaimLine } from './helpers/bank-36-substantiation-claims.ts';
import { COPY_KINDS } from './helpers/bank-36-substantiation-endorse.ts';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { bank } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 36, round 37 of substantiation and endorsements (ADR 0028): the bank of
 * `helpers/bank-36-substantiation-endorse.ts` and `-claims.ts`. Copy lines go through the copy bank; claim lines put one claim
 * on file, cited from the caption, and read the rules that judge its evidence.
 */
for (const { title, rules, where, fire, quiet } of COPY_KINDS) {
  bank(title, rules, where ?? {}, fire, quiet);
}

/** Rule ids among `rules` that report the claim the caption cites. */
function claimFired(rules: readonly string[], [lang, copy, claim]: ClaimLine): string[] {
  const pkg = withCopy(copy, 'social-paid', 'caption', { language: lang, claimRefs: [claim.id] });
  pkg.claims = [claim];
  const ids = new Set(rules);
  return [
    ...new Set(
      findings(pkg, contract3())
        .filter((f) => ids.has(f.ruleId) && f.pointer.startsWith('/claims/0'))
        .map((f) => f.ruleId),
    ),
  ];
}

for (const { title, rules, fire, quiet } of CLAIM_KINDS) {
  describe(title, () => {
    it.each(fire)('[%s] %j fires', (...line) => {
      expect(claimFired(rules, line as ClaimLine)).not.toEqual([]);
    });
    it.each(quiet)('[%s] %j does not', (...line) => {
      expect(claimFired(rules, line as ClaimLine)).toEqual([]);
    });
  });
}
