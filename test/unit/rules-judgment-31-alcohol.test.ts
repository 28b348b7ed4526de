import type { HandoffPackage } from '#core/package-schema';
import { ALCOHOL_KINDS, ALCOHOL_PROBLEMS, NOT_ALCOHOL, sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 31, alcohol (ADR 0028): the bank of `helpers/bank-31-alcohol.ts`, written from CAP 18, BCAP 19, the
 * Portman Group, DISCUS and Beer Institute codes, the Werberat rules, Ley 34/1988 and the loi Évin before
 * the dev misses were read. A line fires one of its kind's rules in a package that sells alcohol; a
 * near-miss (adult copy the codes allow) fires no alcohol problem rule at all.
 */
kindBank('alcohol', ALCOHOL_KINDS, { where: () => ({ edit: sellsAlcohol }), quietRules: ALCOHOL_PROBLEMS });

const sellsOther = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['general'] } as HandoffPackage['product'];
};

describe('alcohol: drink names, flavours and cooking where no alcohol is sold', () => {
  it.each(NOT_ALCOHOL)('[%s] %j raises no alcohol problem', (lang, copy) => {
    expect(fired([...ALCOHOL_PROBLEMS, 'alcohol.product'], copy, lang, { edit: sellsOther })).toEqual([]);
  });
});
