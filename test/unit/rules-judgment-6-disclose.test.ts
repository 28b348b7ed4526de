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

describe('email.burdensome-opt-out: the only way out asks for a login, a call, a letter or a fee', () => {
  const optOut = (footer: string) => {
    const pkg = cleanPackage();
    (pkg.channels[0] as HandoffPackage['channels'][number]).disclosures = [footer];
    return {
      burden: hits(pkg, 'email.burdensome-opt-out', contract()).map((f) => f.message),
      missing: hits(pkg, 'disclosure.email-unsubscribe', contract()).length,
    };
  };

  it.each([
    ['To unsubscribe, call our customer service line on weekdays, 9 am to 5 pm.', 'call'],
    ['Zum Abmelden senden Sie uns bitte einen Brief mit Ihrer Kundennummer.', 'Brief'],
    [
      'Pour vous désabonner, connectez-vous à votre compte client puis validez.',
      'connectez-vous à votre compte',
    ],
    ['Para darte de baja, envía una carta con fotocopia de tu DNI.', 'carta'],
  ])('blocks “%s”', (footer, match) => {
    expect(optOut(footer)).toEqual({
      burden: [`The only way to unsubscribe asks for “${match}”`],
      missing: 0,
    });
  });

  it.each([
    'Unsubscribe any time, no login needed.',
    'Unsubscribe at any time with the link below, or call us if you prefer.',
    'Questions? Call us on 0800 123 456. Unsubscribe at any time.',
    'Darse de baja es gratis y sin coste: responde BAJA a este correo.',
  ])('leaves an easy opt-out alone: “%s”', (footer) => {
    expect(optOut(footer)).toEqual({ burden: [], missing: 0 });
  });

  it.each([
    "Don't want these emails anymore? Stop receiving them with one click at the bottom of this email.",
    '¿No quieres recibir más correos? Puedes dejar de recibirlos con un clic en el enlace de abajo.',
    'Sie können der Nutzung Ihrer E-Mail-Adresse für Werbung jederzeit widersprechen, ohne dass Kosten entstehen.',
    "Vous pouvez vous opposer à l'envoi de nos offres à tout moment en cliquant sur le lien ci-dessous.",
  ])('counts “%s” as an opt-out', (footer) => {
    expect(optOut(footer)).toEqual({ burden: [], missing: 0 });
  });
});

describe('disclosure.email-unsubscribe: transactional messages that say so up front need no opt-out', () => {
  const mail = (subject: string, body: string) => {
    const pkg = cleanPackage();
    const plan = pkg.channels[0] as HandoffPackage['channels'][number];
    plan.deliverables = [
      { id: 'subject', kind: 'subject-line', copy: subject },
      { id: 'body', kind: 'body', copy: body },
    ];
    plan.disclosures = ['1 Market Street, London EC1A 1AA'];
    return hits(pkg, 'disclosure.email-unsubscribe', contract()).length;
  };

  it.each([
    ['Confirmación de tu compra', 'Número de pedido: 552190. Tu paquete sale mañana desde Zaragoza.'],
    ['Ihre Bestellung bei Teehaus Nordlicht', 'Ihre Bestellnummer: 100234. Wir packen Ihren Tee heute.'],
    ['Votre réservation', 'Numéro de réservation : HX4471. Arrivée le 12 mars, départ le 14 mars.'],
    ['Your booking is confirmed', 'Booking reference ABC12345: two nights from 12 March.'],
  ])('passes “%s” without an unsubscribe line', (subject, body) => {
    expect(mail(subject, body)).toBe(0);
  });

  it.each([
    ['Spring sale: 20% off everything', 'Order now and save 20% on every tent until 31 March.'],
    ['Nuevas gafas de sol', 'Pide ya tus gafas nuevas: 20 % de descuento en toda la colección.'],
    [
      'Unsere Frühjahrsröstung ist da',
      `${'Frisch geröstet, mit Noten von Kirsche und Kakao, jetzt in unserem Shop. '.repeat(3)}Ihre letzte Bestellnummer: 100234.`,
    ],
  ])('still blocks a promotion with no opt-out: “%s”', (subject, body) => {
    expect(mail(subject, body)).toBe(1);
  });
});
