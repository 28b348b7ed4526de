import type { HandoffPackage } from '#core/package-schema';
import { addCopy } from '../support/package-fixtures.ts';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, SMS consent as the brief records it (ADR 0021): the TCPA (47 CFR 64.1200(a)(2), (f)(9)) asks for
 * prior express written consent before marketing texts in the US, and the CTIA Messaging Principles for
 * express consent; consent the brief records as only implied (a number typed at checkout for delivery
 * updates, a past purchase) is neither, so a US list with it is blocked like one with none. Canada's CASL
 * (implied consent from a purchase in the last two years), Australia's Spam Act (inferred consent) and New
 * Zealand's UEM Act (inferred consent) accept implied consent on conditions a person checks; in the UK and
 * the EU a person checks what "implied" stands for (sms.consent-unclear). E-mail in the US is CAN-SPAM's
 * opt-out regime and is not read here.
 */
type Consent = NonNullable<HandoffPackage['audience']['consent']>[number];
const blocked = (regions: string[], consent: Consent[]) => {
  const p = cleanPackage();
  p.audience.regions = regions;
  p.product = { categories: ['general'] };
  p.audience.consent = consent;
  addCopy(
    p,
    'Oak & Ember: Spring Refresh is on, new sofas in store. Reply STOP to opt out.',
    'sms',
    'message',
  );
  return hits(p, 'sms.consent-none', contract3()).map((f) => f.quote);
};
const sms = (basis: Consent['basis'], source?: Consent['source']): Consent => ({
  channel: 'sms',
  basis,
  ...(source && { source }),
});

describe('sms.consent-none: a US list whose consent is only implied, or any list with none, is blocked', () => {
  it.each<[string[], Consent[]]>([
    [['US'], [sms('implied', 'own-customers')]],
    [['US'], [sms('implied', 'own-signup')]],
    [['US'], [sms('implied', 'event')]],
    [['US'], [sms('implied', 'partner')]],
    [['US'], [sms('implied', 'unknown')]],
    [['US'], [sms('implied')]],
    [['US', 'CA'], [sms('implied', 'own-customers')]],
    [['CA', 'US'], [sms('implied', 'own-customers')]],
    [['US', 'GB'], [sms('implied', 'own-customers')]],
    [['US'], [sms('none', 'own-customers')]],
    [['GB'], [sms('none', 'event')]],
    [['DE'], [sms('none')]],
    [['CA'], [sms('none', 'own-customers')]],
  ])('%j %j', (regions, consent) => {
    expect(blocked(regions, consent)).not.toEqual([]);
  });
});

describe('sms.consent-none: express consent anywhere, and implied consent outside the US, is not blocked', () => {
  it.each<[string[], Consent[]]>([
    [['US'], [sms('opt-in', 'own-signup')]],
    [['US'], [sms('double-opt-in', 'own-signup')]],
    [['US'], [sms('opt-in', 'own-customers')]],
    [['US'], [sms('unknown', 'own-customers')]],
    [['US'], [sms('soft-opt-in', 'own-customers')]],
    [['CA'], [sms('implied', 'own-customers')]],
    [['AU'], [sms('implied', 'own-customers')]],
    [['NZ'], [sms('implied', 'own-customers')]],
    [['GB'], [sms('implied', 'own-customers')]],
    [['FR'], [sms('implied', 'own-customers')]],
    [['GB'], [sms('soft-opt-in', 'own-customers')]],
    [
      ['US'],
      [sms('opt-in', 'own-customers'), { channel: 'email', basis: 'implied', source: 'own-customers' }],
    ],
    [['ES'], [sms('double-opt-in', 'own-signup')]],
  ])('%j %j', (regions, consent) => {
    expect(blocked(regions, consent)).toEqual([]);
  });
});
