import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage, withCopy } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26 (e-mail, SMS, personal data, accessibility, placeholders): the rules read the kinds of wording the
 * codes name (CAN-SPAM 16 CFR 316.5, ePrivacy art. 13, § 7(3) UWG, CTIA, GDPR art. 5-6 and 8, WCAG 2.2
 * SC 1.1.1 and 2.4.4), not the lines they were tuned on. Examples are paraphrases; near-misses stay quiet.
 */

/** Quotes of `ruleId` on one deliverable of `channel` (channel 1 of the clean package). */
function on(
  ruleId: string,
  copy: string,
  channel: Channel,
  kind: Deliverable['kind'],
  language = 'en',
): (string | undefined)[] {
  return hits(withCopy(copy, channel, kind, { language }), ruleId, contract3())
    .filter((f) => f.pointer.startsWith('/channels/1/'))
    .map((f) => f.quote);
}
const inEmail = (ruleId: string, copy: string, language = 'en') =>
  on(ruleId, copy, 'email', 'body', language);

/** The clean package whose e-mail footer is `footer` alone. */
function emailWithFooter(footer: string): HandoffPackage {
  const pkg = cleanPackage();
  (pkg.channels[0] as HandoffPackage['channels'][number]).disclosures = [footer];
  return pkg;
}

describe('an opt-out that asks for more than a reply or one web page (email.opt-out-hurdle)', () => {
  it.each([
    [
      'en',
      'Want out? To unsubscribe, please sign in to your member portal and untick Offers.',
      'unsubscribe, please sign in to your member portal',
    ],
    [
      'en',
      'To opt out, call our customer care line on 0300 555 0101.',
      'opt out, call our customer care line',
    ],
    [
      'en',
      'To stop receiving offers, send us a signed letter with your details.',
      'stop receiving offers, send us a signed letter',
    ],
    ['en', 'Unsubscribing requires logging in first.', 'Unsubscribing requires logging in'],
    [
      'es',
      'Para darte de baja, inicia sesión en tu cuenta y desmarca las novedades.',
      'darte de baja, inicia sesión',
    ],
    [
      'de',
      'Um sich abzumelden, loggen Sie sich in Ihr Kundenkonto ein.',
      'abzumelden, loggen Sie sich in Ihr Kundenkonto',
    ],
    [
      'fr',
      'Pour vous désinscrire, écrivez-nous par courrier à notre siège.',
      'désinscrire, écrivez-nous par courrier',
    ],
  ])('[%s] %j blocks', (lang, copy, quote) => {
    expect(inEmail('email.opt-out-hurdle', copy, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Unsubscribe with one click, or sign in to your account to pick topics.'],
    ['en', 'Unsubscribe at any time. Members can log in to their account to see orders.'],
    ['en', 'To unsubscribe, use the link below. It takes one click.'],
    ['fr', 'Pour vous désabonner, cliquez sur le lien en bas de ce message.'],
    ['de', 'Zum Abmelden genügt ein Klick auf den Link unten.'],
    ['es', 'Para darte de baja, pulsa el enlace de abajo; no hace falta iniciar nada más.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(inEmail('email.opt-out-hurdle', copy, lang)).toEqual([]);
  });
});

describe('an opt-out slower than ten business days (email.slow-opt-out)', () => {
  it.each([
    [
      'en',
      'Unsubscribe requests are handled within 30 days.',
      'Unsubscribe requests are handled within 30 days',
    ],
    [
      'en',
      'Please allow up to four weeks for your preferences to be updated.',
      'allow up to four weeks for your preferences to be updated',
    ],
    ['es', 'Tramitamos tu baja en un plazo de 20 días hábiles.', 'baja en un plazo de 20 días hábiles'],
  ])('[%s] %j blocks', (lang, copy, quote) => {
    expect(inEmail('email.slow-opt-out', copy, lang)).toEqual([quote]);
  });

  it.each([
    'Unsubscribe at any time; we process requests within 10 business days.',
    'Returns are free within 30 days of delivery.',
    'Unsubscribe any time. Our 30-day returns promise still applies.',
  ])('%j does not', (copy) => {
    expect(inEmail('email.slow-opt-out', copy)).toEqual([]);
  });
});

describe('the opt-out wordings the codes accept count as an unsubscribe (disclosure.email-unsubscribe)', () => {
  it.each([
    'Si no querés recibir más novedades, desuscribite acá.',
    'Sie können der Nutzung Ihrer Adresse für Werbung jederzeit widersprechen.',
    'Keine Angebote mehr? Ein Klick auf den Link genügt.',
    'If you no longer wish to receive these e-mails, use the link below.',
    'Vous ne souhaitez plus recevoir nos actualités ? Le lien est ci-dessous.',
  ])('%j is an opt-out', (footer) => {
    expect(hits(emailWithFooter(footer), 'disclosure.email-unsubscribe', contract3())).toEqual([]);
  });

  it.each([
    'Questions? Just reply to this e-mail.',
    'Kein Widerspruch zwischen Stil und Komfort: unsere neue Jacke.',
  ])('%j is not', (footer) => {
    expect(hits(emailWithFooter(footer), 'disclosure.email-unsubscribe', contract3())).toHaveLength(1);
  });
});

describe('a promotion posing as an account or payment notice (email.deceptive-subject)', () => {
  it.each([
    ['Your account has been suspended – 30% off inside', 'Your account has been suspended'],
    ['Action required: claim your spring voucher', 'Action required:'],
    ['Ihr Konto wurde gesperrt? Nein – aber der Sale läuft!', 'Ihr Konto wurde gesperrt'],
  ])('%j blocks', (copy, quote) => {
    expect(on('email.deceptive-subject', copy, 'email', 'subject-line')).toEqual([quote]);
  });

  it.each([
    'Your account, your rules: pick the e-mails you get',
    'No action required: your discount applies at checkout',
  ])('%j does not', (copy) => {
    expect(on('email.deceptive-subject', copy, 'email', 'subject-line')).toEqual([]);
  });
});

describe('a charge for texting STOP (sms.paid-opt-out)', () => {
  it('fires on a price right after the STOP short code', () => {
    expect(
      on(
        'sms.paid-opt-out',
        'Fernway: 2 for 1 on pizzas. Text STOP to 80080 (£1.50) to opt out.',
        'sms',
        'message',
      ),
    ).toEqual(['STOP to 80080 (£1.50']);
  });
  it('not on free STOP wording', () => {
    expect(
      on(
        'sms.paid-opt-out',
        'Fernway: 2 for 1 on pizzas. Text STOP to 80080 to opt out. Msg&data rates may apply.',
        'sms',
        'message',
      ),
    ).toEqual([]);
  });
});

describe('dummy texts other than lorem ipsum (placeholder.lorem-ipsum)', () => {
  it.each([
    ['de', 'Produktbeschreibung: Blindtext, bitte vor dem Versand ersetzen.', 'Blindtext'],
    ['en', 'The quick brown fox jumps over the lazy dog, twice.', 'quick brown fox jumps over'],
    ['es', 'Texto de relleno: descripción del producto.', 'Texto de relleno'],
    ['fr', 'Texte factice à remplacer avant la mise en ligne.', 'Texte factice'],
  ])('[%s] %j blocks', (lang, copy, quote) => {
    expect(quotes('placeholder.lorem-ipsum', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Without filler text, just the facts about our boots.'],
    ['de', 'Die Schriftart „Blindtext“ gibt es jetzt als Variable Font.'],
    ['en', 'Our filler-free fruit bars are back.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('placeholder.lorem-ipsum', copy, undefined, lang)).toEqual([]);
  });
});

describe('bracketed fill-ins and stage directions (placeholder.insert-bracket, placeholder.marker)', () => {
  it.each([
    ['de', 'Gültig im [Aktionszeitraum einsetzen] in allen Filialen.', '[Aktionszeitraum einsetzen]'],
    ['en', 'Offer runs [offer period: fill in] in every store.', '[offer period: fill in]'],
    ['en', '[Text: add legal line here] Spring boots are in.', '[Text: add legal line here]'],
  ])('[%s] %j blocks', (lang, copy, quote) => {
    expect(quotes('placeholder.insert-bracket', copy, undefined, lang)).toEqual([quote]);
  });

  it('a stage direction that gives the on-screen text is no placeholder', () => {
    expect(
      quotes('placeholder.insert-bracket', '[Super: Free delivery on orders over £40] Our new boots are in.'),
    ).toEqual([]);
  });

  it('an unfilled day before a Dutch month is a marker', () => {
    expect(quotes('placeholder.marker', 'Aanbieding geldig tot XX juni.', undefined, 'nl')).toEqual([
      'XX juni',
    ]);
  });
});

describe('personal data: links, third persons, children, tracked browsing, contact lists', () => {
  it('reads a personal e-mail address in the CTA link', () => {
    const pkg = withCopy('Shop the new range');
    pkg.cta.url = 'https://fieldandfell.co.uk/new?utm_medium=email&subscriber=jo.parker77@hotmail.com';
    expect(hits(pkg, 'pii.email-address', contract3()).map((f) => f.quote)).toEqual([
      'jo.parker77@hotmail.com',
    ]);
    pkg.cta.url = 'https://fieldandfell.co.uk/new?utm_medium=email';
    expect(hits(pkg, 'pii.email-address', contract3())).toEqual([]);
    pkg.cta.url = 'mailto:hello@fieldandfell.co.uk';
    expect(hits(pkg, 'pii.email-address', contract3())).toEqual([]);
  });

  it.each([
    [
      'en',
      'The owner is keen to sell – call her directly on 07700 900456.',
      'call her directly on 07700 900456',
    ],
    ['es', 'El dueño vende la moto: llámalo al 612 345 678 y pregúntale.', 'llámalo al 612 345 678'],
    [
      'de',
      'Die Verkäuferin freut sich: Ruf sie direkt unter 0151 2345 6789 an.',
      'Ruf sie direkt unter 0151 2345 6789',
    ],
    [
      'fr',
      'Le propriétaire attend votre appel : appelez-le au 06 12 34 56 78.',
      'appelez-le au 06 12 34 56 78',
    ],
  ])('[%s] %j gives a third person’s number', (lang, copy, quote) => {
    expect(quotes('pii.personal-phone', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Questions? Call us on 0800 123 4567.'],
    ['es', 'Llámanos al 900 123 456 para reservar.'],
  ])('[%s] %j is the business’s own number', (lang, copy) => {
    expect(quotes('pii.personal-phone', copy, undefined, lang)).toEqual([]);
  });

  it.each([
    [
      'en',
      'Welcome the Haddads, whose sons Omar and Sami start at Riverside Primary next week!',
      'sons Omar and Sami start at Riverside Primary',
    ],
    [
      'de',
      'Familie Brandt ist da: Tochter Lina geht ab August in die Grundschule am Markt.',
      'Tochter Lina geht ab August in die Grundschule',
    ],
    [
      'fr',
      'Bienvenue aux Moreau ! Leurs jumelles, Léa et Zoé, entrent en septembre au collège Jean-Moulin.',
      'jumelles, Léa et Zoé, entrent en septembre au collège',
    ],
  ])('[%s] %j names a child and the school', (lang, copy, quote) => {
    expect(quotes('pii.child-details', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Hillcrest Primary is a ten-minute walk from every home on the estate.'],
    ['en', 'Kids start at Riverside Primary in September? Our school shoes come in every size.'],
    ['de', 'Unsere Kinderschuhe gibt es für alle, die in die Grundschule kommen.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pii.child-details', copy, undefined, lang)).toEqual([]);
  });

  it.each([
    [
      'en',
      'You looked at the Oslo lamp 5 times this week – still deciding?',
      'You looked at the Oslo lamp 5 times',
    ],
    [
      'es',
      'Has mirado estas zapatillas cuatro veces desde el lunes.',
      'Has mirado estas zapatillas cuatro veces',
    ],
    [
      'de',
      'Du hast dir den Mantel gestern dreimal angesehen.',
      'Du hast dir den Mantel gestern dreimal angesehen',
    ],
    ['fr', 'Vous avez consulté ce canapé à 22h15 hier soir.', 'Vous avez consulté ce canapé à 22h15'],
  ])('[%s] %j quotes tracked browsing, for a person to check', (lang, copy, quote) => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language: lang });
    const found = hits(pkg, 'pii.tracked-behaviour', contract3());
    expect(found.map((f) => f.quote)).toEqual([quote]);
    expect(found[0]?.severity).toBe('warn');
  });

  it.each([
    ['en', 'Still thinking about the Oslo lamp? It is back in stock.'],
    ['en', 'You have 5 times more storage with the new drawer.'],
    ['en', 'You’ve left something in your basket.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pii.tracked-behaviour', copy, undefined, lang)).toEqual([]);
  });

  it.each([
    [
      'en',
      'We will share the names and phone numbers of all entrants on our page.',
      'names and phone numbers of all entrants',
    ],
    [
      'es',
      'Publicamos los nombres y teléfonos de todos los participantes.',
      'nombres y teléfonos de todos los participantes',
    ],
    [
      'de',
      'Die Liste aller Teilnehmer mit Namen und Adressen hängt im Laden aus.',
      'aller Teilnehmer mit Namen und Adressen',
    ],
    [
      'fr',
      'Nous publierons les noms et adresses de tous les gagnants.',
      'noms et adresses de tous les gagnants',
    ],
  ])('[%s] %j publishes everyone’s contact details', (lang, copy, quote) => {
    expect(quotes('pii.contact-list', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Thanks to all entrants: the winner is Sam from Leeds.'],
    ['fr', 'Tous les participants recevront un e-mail de confirmation.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pii.contact-list', copy, undefined, lang)).toEqual([]);
  });
});

describe('accessibility: links that say where they go, images that carry a table', () => {
  it.each([
    ['es', 'Pincha aquí para ver el horario.', 'Pincha aquí'],
    ['en', 'New timetable out now. Tap here.', 'Tap here'],
    ['fr', 'Le programme complet : appuyez ici.', 'appuyez ici'],
  ])('[%s] %j is a link that says nothing', (lang, copy, quote) => {
    expect(quotes('accessibility.link-text', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'See more'],
    ['es', 'Más detalles'],
    ['de', 'Mehr entdecken'],
  ])('[%s] %j alone is a vague link', (lang, copy) => {
    expect(quotes('accessibility.vague-link', copy, undefined, lang)).toHaveLength(1);
  });

  it('a vague word inside a descriptive link is fine', () => {
    expect(quotes('accessibility.vague-link', 'See more spring jackets')).toEqual([]);
  });

  it('a table below is a table; a chart below is an image', () => {
    expect(quotes('accessibility.image-without-alt', 'Compare the three models in the table below.')).toEqual(
      [],
    );
    expect(quotes('accessibility.image-without-alt', 'Check the chart below for your size.')).toEqual([
      'chart below',
    ]);
  });
});
