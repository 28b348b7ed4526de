import { ALCOHOL_PROBLEMS, sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { STOP34_ALCOHOL_KINDS } from './helpers/bank-34-alcohol.ts';
import { STOP34_DEV_COMPLIANT, STOP34_DEV_FOUND } from './helpers/bank-34-alcohol-dev.ts';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 34 (ADR 0028): a bank per theme of CAP 18, the Portman Group Code, the Werberat rules, the loi Évin and
 * Reg. 1924/2006 art. 4(3), in a package that sells alcohol. A fire line must raise one of its kind's rules; a
 * near-miss must raise no alcohol problem rule at all.
 */
const ALCOHOL_ALL = [
  ...ALCOHOL_PROBLEMS,
  'alcohol.priority',
  'alcohol.pregnancy',
  'alcohol.loi-evin-message',
];

describe.each(STOP34_ALCOHOL_KINDS)('alcohol themes: $title', ({ rules, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, { edit: sellsAlcohol })).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(ALCOHOL_ALL, copy, lang, { edit: sellsAlcohol })).toEqual([]);
  });
});

describe('stop 34 blind dev lines', () => {
  it.each(STOP34_DEV_FOUND)('[%s] %j is read as an alcohol problem', (lang, copy) => {
    expect(fired(ALCOHOL_ALL, copy, lang, { edit: sellsAlcohol })).not.toEqual([]);
  });
  it.each(STOP34_DEV_COMPLIANT)('[%s] %j raises no alcohol problem', (lang, copy) => {
    expect(fired(ALCOHOL_ALL, copy, lang, { edit: sellsAlcohol })).toEqual([]);
  });
});
