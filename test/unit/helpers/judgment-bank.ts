import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { findings } from './engine-findings.ts';
import { withCopy } from './engine-fixtures.ts';
import { contract3 } from './judgment-quotes.ts';

/** A package for children (the children rules read the audience, the product says what is sold). */
export const kids = (p: HandoffPackage): void => {
  p.product = { categories: ['children-product'] };
  p.audience.primary = 'Children aged 6 to 11 and their parents';
};

export type Where = { channel?: Channel; kind?: Deliverable['kind']; edit?: (p: HandoffPackage) => void };
export type Line = [lang: string, copy: string];

/**
 * One kind of a judgment bank as data (ADR 0028): lines that must fire one of `rules`, near-misses that must
 * not. A kind with its own channel or facts says so in `where`; without it the lines go on the clean
 * package's caption, or the test places every kind of its bank alike (alcohol, gambling, green, offers 33).
 */
export interface Kind {
  title: string;
  rules: readonly string[];
  where?: Where;
  fire: Line[];
  quiet: Line[];
}

/** Rule ids among `rules` that fire on the copy (channel 1 of the clean package). */
export function fired(rules: readonly string[], copy: string, lang: string, where: Where = {}): string[] {
  const pkg = withCopy(copy, where.channel ?? 'social-organic', where.kind ?? 'caption', { language: lang });
  where.edit?.(pkg);
  const ids = new Set(rules);
  const out = findings(pkg, contract3())
    .filter((f) => ids.has(f.ruleId) && f.pointer.startsWith('/channels/1/'))
    .map((f) => f.ruleId);
  return [...new Set(out)];
}

/** One kind of a judgment bank (ADR 0028): lines that must fire one of `rules`, near-misses that fire none. */
export function bank(
  title: string,
  rules: readonly string[],
  where: Where,
  fire: Line[],
  quiet: Line[],
  quietRules: readonly string[] = rules,
): void {
  describe(title, () => {
    it.each(fire)('[%s] %j fires', (lang, copy) => {
      expect(fired(rules, copy, lang, where)).not.toEqual([]);
    });
    it.each(quiet)('[%s] %j does not', (lang, copy) => {
      expect(fired(quietRules, copy, lang, where)).toEqual([]);
    });
  });
}

/**
 * Every kind of a bank, titled `prefix: title`. `where` places every kind alike (a package that sells
 * alcohol); without it each kind's own `where` is used. `quietRules` is what a near-miss must not fire,
 * usually the family's whole problem list, so it trips no other reading of the family; the kind's own
 * rules without it.
 */
export function kindBank(
  prefix: string,
  kinds: readonly Kind[],
  opts: { where?: (k: Kind) => Where; quietRules?: readonly string[] } = {},
): void {
  for (const k of kinds) {
    const where = opts.where ? opts.where(k) : (k.where ?? {});
    bank(`${prefix}: ${k.title}`, k.rules, where, k.fire, k.quiet, opts.quietRules ?? k.rules);
  }
}
