import { ALCOHOL_PROBLEMS, sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import {
  STOP38_ALCOHOL_KINDS,
  STOP38_ALCOHOL_QUIET,
  STYLE_AS_IMITATION,
  STYLE_AS_MANNER,
} from './helpers/bank-38-alcohol.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 38, round 39 (ADR 0028): a fire line must raise its kind's rule in a package that sells alcohol; a
 * near-miss must raise no alcohol problem rule at all.
 */
kindBank('alcohol round 39', STOP38_ALCOHOL_KINDS, {
  where: () => ({ edit: sellsAlcohol }),
  quietRules: ALCOHOL_PROBLEMS,
});

describe('alcohol round 39: lawful adult copy', () => {
  it.each(STOP38_ALCOHOL_QUIET)('[%s] %j raises no alcohol problem', (lang, copy) => {
    expect(fired(ALCOHOL_PROBLEMS, copy, lang, { edit: sellsAlcohol })).toEqual([]);
  });
});

describe('claim.imitation: "<Place> style" closing a clause is a manner, "<Brand> style" before a noun is not', () => {
  it.each(STYLE_AS_MANNER)('[%s] %j is no imitation', (lang, copy) => {
    expect(fired(['claim.imitation'], copy, lang)).toEqual([]);
  });
  it.each(STYLE_AS_IMITATION)('[%s] %j still is', (lang, copy) => {
    expect(fired(['claim.imitation'], copy, lang)).toEqual(['claim.imitation']);
  });
});
