import type { Claim } from '#core/package-schema';
import { predictedFamilies } from '../../eval/families.ts';
import { findings } from './engine-findings.ts';
import { withCopy } from './engine-fixtures.ts';
import type { Where } from './judgment-bank.ts';
import { contract3 } from './judgment-quotes.ts';

/** A bank line (ADR 0032): language, copy, and the families a reviewer reports it under ([] for clean). */
export type Reported = [lang: string, copy: string, families: string[]];
export type Place = Where & { claims?: Claim[] };

/**
 * The families read off the findings: the eval families of the warn and block findings on the copy
 * (channel 1 of the clean package) and on the claims it cites.
 */
export function reported(copy: string, lang: string, where: Place = {}): string[] {
  const claims = where.claims ?? [];
  const pkg = withCopy(copy, where.channel ?? 'social-organic', where.kind ?? 'caption', {
    language: lang,
    ...(claims.length > 0 && { claimRefs: claims.map((c) => c.id) }),
  });
  const first = pkg.claims.length;
  pkg.claims.push(...claims);
  where.edit?.(pkg);
  const own = findings(pkg, contract3()).filter(
    (f) =>
      f.pointer.startsWith('/channels/1/') ||
      claims.some((_, i) => f.pointer.startsWith(`/claims/${first + i}/`)),
  );
  return [...predictedFamilies(own)].sort();
}

/** One kind of an attribution bank: every line is reported under exactly its families. */
export function attributionBank(title: string, where: Place, lines: Reported[]): void {
  describe(title, () => {
    it.each(lines)('[%s] %j is reported under %j', (lang, copy, families) => {
      expect(reported(copy, lang, where)).toEqual([...families].sort());
    });
  });
}
