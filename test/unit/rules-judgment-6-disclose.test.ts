import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';

/** Round 6, disclose area (endorsements, e-mail, SMS): the contract packages name today. */
const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.0.0');
  if (c === undefined) throw new Error('contract missing');
  return c;
};

/** The clean package's e-mail with one footer line and no sender address on file. */
const emailFooter = (footer: string): HandoffPackage => {
  const pkg = cleanPackage();
  delete pkg.sender;
  (pkg.channels[0] as HandoffPackage['channels'][number]).disclosures = ['Unsubscribe at any time.', footer];
  return pkg;
};

describe('disclosure.email-postal-address reads European street order and PO boxes', () => {
  it.each([
    'Conservas Atlântico, Lda., Rua das Flores 120, 4050-265 Porto, Portugal',
    'Kaffeehaus Wagner GmbH, Mariahilfer Straße 10, Wien',
    'Ópticas Mirador S.L., Avenida de la Constitución, 3, Sevilla',
    'Maison Verte SPRL, Rue de la Loi 16, Bruxelles',
    'Bergwerk AG, Postfach 1234, Bern',
  ])('accepts “%s”', (footer) => {
    expect(hits(emailFooter(footer), 'disclosure.email-postal-address', contract())).toEqual([]);
  });

  it.each([
    'Glowbox Cosmetics - contact us at glowbox.co/contact',
    'Impressum: siehe www.teehaus-nordlicht.de/impressum',
    'Besuchen Sie uns in der Hafenstraße, gleich am Fischmarkt.',
  ])('still blocks a footer with no address: “%s”', (footer) => {
    expect(hits(emailFooter(footer), 'disclosure.email-postal-address', contract())).toHaveLength(1);
  });
});
