import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { hits, score } from './helpers/engine-findings.ts';
import { cleanPackage, withCopy } from './helpers/engine-fixtures.ts';

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

describe('testimonial results: blocked without the typical result, routed with it (16 CFR 255.2)', () => {
  const typicality = (copy: string, disclosures?: string[]) => {
    const pkg = withCopy(copy, 'social-paid');
    if (disclosures) (pkg.channels[1] as HandoffPackage['channels'][number]).disclosures = disclosures;
    const artifact = score(pkg, contract());
    const ids = (id: string) => artifact.findings.filter((f) => f.ruleId === id).map((f) => f.severity);
    return {
      outcome: artifact.decision.outcome,
      atypical: ids('endorsement.atypical-result'),
      review: ids('endorsement.typical-result-review'),
    };
  };

  it.each([
    'I lost 22 pounds in six weeks on the Leanline plan.',
    'Ich habe 8 Kilo abgenommen, seit ich mit FitBox trainiere.',
    "J'ai économisé 300 euros sur mes factures grâce à Wattson.",
  ])('blocks “%s” with no typical result', (copy) => {
    expect(typicality(copy)).toMatchObject({ outcome: 'blocked', atypical: ['block'], review: [] });
  });

  it.each([
    ['I lost 22 pounds in six weeks. Typical Leanline members lose 4 to 6 pounds in that time.', undefined],
    [
      'Ich habe 8 Kilo abgenommen, seit ich mit FitBox trainiere.',
      ['Durchschnittlich nehmen FitBox-Mitglieder in 8 Wochen 2 Kilo ab.'],
    ],
    [
      "J'ai économisé 300 euros sur mes factures. En moyenne, nos clients économisent 90 euros par an.",
      undefined,
    ],
  ])('routes “%s” to a person when the typical result is stated', (copy, disclosures) => {
    const r = typicality(copy, disclosures);
    expect(r).toMatchObject({ atypical: [], review: ['info'] });
    expect(r.outcome).not.toBe('pass');
  });

  it.each([
    'I lost my keys three times last month, so we built a tag that beeps.',
    'We saved 30 minutes a day by batching our orders.',
    'Perdí la cuenta de los cafés que tomé escribiendo este libro.',
  ])('leaves “%s” alone (no testimonial result)', (copy) => {
    expect(typicality(copy)).toMatchObject({ atypical: [], review: [] });
  });
});
