import type { HandoffPackage } from '#core/package-schema';
import {
  GAMBLING_KINDS,
  GAMBLING_PROBLEMS,
  NOT_GAMBLING,
  sellsGambling,
} from './helpers/bank-31-gambling.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 31, gambling (ADR 0028): the bank of `helpers/bank-31-gambling.ts`, written from CAP 16, BCAP 17,
 * the CAP/BCAP and ASA guidance, Real Decreto 958/2020, GlüStV 2021 § 5, the ANJ guidance and the Irish
 * Gambling Regulation Act 2024 before the dev misses were read. A line fires one of its kind's rules in a
 * package that sells gambling; a near-miss (odds stated, "18+ BeGambleAware", safer-gambling tools) fires
 * no gambling problem rule at all.
 */
kindBank('gambling', GAMBLING_KINDS, {
  where: () => ({ edit: sellsGambling }),
  quietRules: GAMBLING_PROBLEMS,
});

const sellsOther = (p: HandoffPackage): void => {
  p.product = { ...p.product, categories: ['general'] } as HandoffPackage['product'];
};

describe('gambling: board games and betting idioms where no gambling is sold', () => {
  it.each(NOT_GAMBLING)('[%s] %j raises no gambling finding', (lang, copy) => {
    const rules = [...GAMBLING_PROBLEMS, 'gambling.product', 'gambling.product-word'];
    expect(fired(rules, copy, lang, { edit: sellsOther })).toEqual([]);
  });
});
