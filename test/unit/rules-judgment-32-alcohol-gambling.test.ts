import { ALCOHOL_PROBLEMS, sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { GAMBLING_PROBLEMS, sellsGambling } from './helpers/bank-31-gambling.ts';
import { RULING_ALCOHOL_KINDS } from './helpers/bank-32-alcohol.ts';
import { RULING_GAMBLING_KINDS } from './helpers/bank-32-gambling.ts';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 32 (ADR 0028): banks written from published rulings, not from the codes. Each line paraphrases the
 * wording of an upheld ad (must fire one of its kind's rules) or of a not-upheld ad or an allowance the
 * ruling names (must fire no problem rule of its topic), in a package that sells the product.
 */
/** Stop 32 adds `alcohol.priority`: a near-miss must leave it silent too. */
const ALCOHOL_ALL = [...ALCOHOL_PROBLEMS, 'alcohol.priority'];

describe.each(RULING_ALCOHOL_KINDS)('alcohol rulings: $title', ({ rules, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, { edit: sellsAlcohol })).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(ALCOHOL_ALL, copy, lang, { edit: sellsAlcohol })).toEqual([]);
  });
});

describe.each(RULING_GAMBLING_KINDS)('gambling rulings: $title', ({ rules, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, { edit: sellsGambling })).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(GAMBLING_PROBLEMS, copy, lang, { edit: sellsGambling })).toEqual([]);
  });
});
