import type { HandoffPackage } from '#core/package-schema';
import { bank, fired } from './helpers/judgment-bank.ts';

/**
 * Stop 36's review of its own readings: staging hosts only as a whole leading label, emoji-only labels only
 * where a label is a link, a sender's street by its name (not "8 rue"), and the new accessibility patterns
 * linear on hostile copy (an exponential one would hang these tests).
 */
const parisSender = (p: HandoffPackage): void => {
  p.sender = { postalAddress: 'Maison Vasseur, 8 rue de Rivoli, 75001 Paris' };
};

bank(
  'link.placeholder: staging as a whole leading label of a host',
  ['link.placeholder'],
  {},
  [
    ['en', 'Preview the spring range: https://staging.harborlight.com/spring'],
    ['en', 'Links go to stg.harborlight.com/spring until launch.'],
  ],
  [
    ['en', 'Book a consult at www.home-staging.co.uk today.'],
    ['en', 'Meet the team at staging-experts.co.uk.'],
    ['en', 'Study with us: www.uat.ac.uk/courses'],
  ],
);

bank(
  'accessibility.emoji-link: a link label of emoji only',
  ['accessibility.emoji-link'],
  { kind: 'cta-label' },
  [
    ['en', '👉☕'],
    ['en', '🛒 →'],
  ],
  [['en', 'Shop the spring bouquets 🌷']],
);

bank(
  'accessibility.emoji-link: emoji-only copy that is no link',
  ['accessibility.emoji-link'],
  {},
  [],
  [
    ['en', '🎉🎉🎉'],
    ['en', '🔥'],
  ],
);

bank(
  "pii.private-address: the sender's street by its name, past its generic words",
  ['pii.private-address'],
  { edit: parisSender },
  [['fr', 'Marie Dupont, 8 rue Cler, Paris, adore nos macarons.']],
  [['fr', 'Retrouvez-nous au 8 rue de Rivoli, Paris, dès lundi.']],
);

// "typical" inside "atypical" (or "durchschnittlich" inside "überdurchschnittlich") is no statement of what
// people generally achieve; read as one, it turned the block into an info.
bank(
  'endorsement.atypical-result: a word that only contains a typicality word',
  ['endorsement.atypical-result'],
  {},
  [
    ['en', '“I lost 20 lb in 8 weeks!” says Maya. Results atypical.'],
    ['de', '„Ich habe 9 kg in 8 Wochen verloren!“, sagt Jana. Ergebnisse überdurchschnittlich.'],
  ],
  [
    ['en', '“I lost 20 lb in 8 weeks!” says Maya. Most members lose 4–6 lb over the same period.'],
    ['de', '„Ich habe 9 kg in 8 Wochen verloren!“, sagt Jana. Im Durchschnitt verlieren Mitglieder 2 kg.'],
  ],
);

describe('hostile copy', () => {
  it('a long run of contrast fillers is read in linear time', () => {
    const copy = `Contrast${' only about'.repeat(40)} x`;
    expect(fired(['accessibility.low-contrast'], copy, 'en', { kind: 'description' })).toEqual([]);
  });
  it('a layout name then thousands of spaces is read in linear time', () => {
    const copy = `Button text${' '.repeat(20000)}x`;
    expect(fired(['placeholder.fill-in'], copy, 'en', { kind: 'cta-label' })).toEqual([]);
  });
  it('an emoji then thousands of spaces is read in linear time', () => {
    const copy = `🎉${' '.repeat(20000)}a`;
    expect(fired(['accessibility.emoji-link'], copy, 'en', { kind: 'cta-label' })).toEqual([]);
  });
});
