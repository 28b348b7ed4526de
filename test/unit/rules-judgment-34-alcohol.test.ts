import type { HandoffPackage } from '#core/package-schema';
import { ALCOHOL_PROBLEMS, sellsAlcohol } from './helpers/bank-31-alcohol.ts';
import { STOP34_ALCOHOL_KINDS } from './helpers/bank-34-alcohol.ts';
import { STOP34_DEV_COMPLIANT, STOP34_DEV_FOUND } from './helpers/bank-34-alcohol-dev.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/** The loi Évin binds advertising in France: its rule reads packages that sell alcohol and are aimed there. */
const sellsAlcoholInFrance = (p: HandoffPackage): void => {
  sellsAlcohol(p);
  p.audience = { ...p.audience, regions: ['FR'] };
};
const editFor = (rules: readonly string[]) =>
  rules.includes('alcohol.loi-evin-message') ? sellsAlcoholInFrance : sellsAlcohol;
// Blind dev lines whose only problem is the missing loi Évin message: a problem only in France.
const FRANCE_ONLY = new Set(['Soleil, copains et rosé', 'Cidre Maëlle, 4,5 % vol.']);
const franceOnly = (copy: string) => [...FRANCE_ONLY].some((start) => copy.startsWith(start));

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

kindBank('alcohol themes', STOP34_ALCOHOL_KINDS, {
  where: (k) => ({ edit: editFor(k.rules) }),
  quietRules: ALCOHOL_ALL,
});

describe('stop 34 blind dev lines', () => {
  it.each(STOP34_DEV_FOUND)('[%s] %j is read as an alcohol problem', (lang, copy) => {
    const edit = franceOnly(copy) ? sellsAlcoholInFrance : sellsAlcohol;
    expect(fired(ALCOHOL_ALL, copy, lang, { edit })).not.toEqual([]);
  });
  it('reads the loi Évin message only for France', () => {
    const cider =
      'Cidre Maëlle, 4,5 % vol., pur jus de pommes de Cornouaille, élaboré à Quimper depuis 1921.';
    expect(fired(['alcohol.loi-evin-message'], cider, 'fr', { edit: sellsAlcohol })).toEqual([]);
    expect(fired(['alcohol.loi-evin-message'], cider, 'fr', { edit: sellsAlcoholInFrance })).toEqual([
      'alcohol.loi-evin-message',
    ]);
  });
  it.each(STOP34_DEV_COMPLIANT)('[%s] %j raises no alcohol problem', (lang, copy) => {
    expect(fired(ALCOHOL_ALL, copy, lang, { edit: sellsAlcohol })).toEqual([]);
  });
});
