import type { HandoffPackage } from '#core/package-schema';
import { addCopy } from '../support/package-fixtures.ts';
import { findings } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';
import { bank, fired } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 32, messaging, placeholders, links and languages (ADR 0028: bank written from the codes before the dev
 * misses were read).
 * - A texted list someone else gathered: CTIA Messaging Principles 5.1.4 (no rented, sold or shared opt-in
 *   lists), 47 CFR 64.1200(f)(9) (written consent authorizes the seller that texts), PECR reg. 22 and the ICO's
 *   guidance on indirect consent. sms.list-bought blocks it wherever the list is aimed.
 * - "Click here" whose sentence says where it goes (a URL, the unsubscribe or preferences page): WCAG 2.2 SC
 *   2.4.4 reads link text with its sentence (technique G53); a bare "click here" still fails it.
 * - A placeholder named, not left (CASE-FORMAT): a quoted 'TBD' or "no more TBD tasks", a layout note that says
 *   what the element holds ("[Button: Shop bedding]"), a merge tag shown in a sentence about the template.
 * - Alt text in a language without a rulebook is no keyword list for lacking en/es/de/fr's little words.
 * - An affiliate disclosure in the third person ("Carry-On Notes earns a commission"), and a house ad
 *   ("Eigenwerbung") that uses the word for advertising as its product: FTC 16 CFR 255.5, CAP 2.1.
 * - An office address of a public figure (a mayor at City Hall) is no home address (GDPR art. 6, KUG).
 */

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  findings(cleanPackage(), contract3());
}, 60_000);

type Consent = NonNullable<HandoffPackage['audience']['consent']>[number];
type Facts = [lang: string, copy: string, regions: string[], consent: Consent];

const SMS_COPY: Record<string, string> = {
  en: 'Oak & Ember: Spring Refresh is on, new sofas in store. Reply STOP to opt out.',
  es: 'Oak & Ember: llega la renovación de primavera, sofás nuevos en tienda. Responde BAJA para no recibir más.',
  de: 'Oak & Ember: Frühjahrsaktion, neue Sofas im Laden. Abmelden: Antwort STOP.',
  fr: 'Oak & Ember : les nouveaux canapés sont en magasin. STOP au 36173 pour ne plus recevoir de SMS.',
};

/** Blocking consent findings of an SMS list the package records. */
function blockedList(lang: string, copy: string, regions: string[], consent: Consent): string[] {
  const p = cleanPackage();
  p.audience.regions = regions;
  p.product = { categories: ['general'] };
  p.audience.consent = [consent];
  addCopy(p, copy, 'sms', 'message', { language: lang });
  return findings(p, contract3())
    .filter((f) => f.severity === 'block' && f.pointer.startsWith('/audience/consent/'))
    .map((f) => f.ruleId);
}

const sms = (basis: Consent['basis'], source: Consent['source']): Consent => ({
  channel: 'sms',
  basis,
  source,
});

describe('sms.list-bought: a list someone else gathered is not texted (CTIA 5.1.4, 47 CFR 64.1200(f)(9), PECR 22)', () => {
  const fire: Facts[] = [
    ['en', SMS_COPY.en as string, ['US'], sms('opt-in', 'purchased')],
    ['en', SMS_COPY.en as string, ['US'], sms('double-opt-in', 'rented')],
    ['en', SMS_COPY.en as string, ['GB'], sms('opt-in', 'partner')],
    ['en', SMS_COPY.en as string, ['CA'], sms('implied', 'purchased')],
    ['es', SMS_COPY.es as string, ['ES'], sms('opt-in', 'rented')],
    ['es', SMS_COPY.es as string, ['MX'], sms('unknown', 'partner')],
    ['de', SMS_COPY.de as string, ['AT', 'DE'], sms('implied', 'partner')],
    ['de', SMS_COPY.de as string, ['CH'], sms('opt-in', 'purchased')],
    ['fr', SMS_COPY.fr as string, ['FR'], sms('double-opt-in', 'partner')],
    ['fr', SMS_COPY.fr as string, ['BE'], sms('soft-opt-in', 'rented')],
  ];
  const quiet: Facts[] = [
    ['en', SMS_COPY.en as string, ['US'], sms('double-opt-in', 'own-signup')],
    ['en', SMS_COPY.en as string, ['GB'], sms('soft-opt-in', 'own-customers')],
    ['es', SMS_COPY.es as string, ['ES'], sms('opt-in', 'own-signup')],
    ['de', SMS_COPY.de as string, ['DE'], sms('double-opt-in', 'own-signup')],
    ['fr', SMS_COPY.fr as string, ['FR'], sms('opt-in', 'event')],
  ];
  it.each(fire)('[%s] %j in %j with %j is blocked', (lang, copy, regions, consent) => {
    expect(blockedList(lang, copy, regions, consent)).toContain('sms.list-bought');
  });
  it.each(quiet)('[%s] %j in %j with %j is not', (lang, copy, regions, consent) => {
    expect(blockedList(lang, copy, regions, consent)).toEqual([]);
  });
});

bank(
  'accessibility.link-text: "click here" fails unless its sentence says where it goes (WCAG 2.4.4, G53)',
  ['accessibility.link-text'],
  { channel: 'email', kind: 'body' },
  [
    ['en', 'Click here'],
    ['en', 'Big news this spring. Click here.'],
    ['en', 'Don’t miss out, click here now!'],
    ['en', 'Click here to learn more.'],
    ['en', '👉 Tap here for the deal'],
    ['de', 'Hier klicken'],
    ['de', 'Mehr Infos? Klick hier!'],
    ['de', 'Jetzt [hier](https://shop.de/sale) klicken und sparen!'],
    ['es', 'Haz clic aquí'],
    ['es', 'Pincha aquí y descubre más ⬇️'],
    ['fr', 'Cliquez ici'],
    ['fr', 'Les soldes, c’est par ici !'],
  ],
  [
    ['en', 'To unsubscribe, click here: https://crestline.com/unsubscribe'],
    ['en', 'You can update your preferences or unsubscribe at any time by clicking here.'],
    ['en', 'Don’t want these e-mails? Opt out by clicking here.'],
    ['de', 'Abmelden kannst du dich jederzeit mit einem Klick hier: alpenkraft.at/abmelden'],
    ['de', 'Klicken Sie hier, um Ihre Newsletter-Einstellungen zu ändern.'],
    ['es', 'Darte de baja es tan fácil como hacer clic aquí.'],
    ['es', 'Para ver nuestra política de privacidad, haz clic aquí.'],
    ['fr', 'Pour vous désinscrire, cliquez ici.'],
    ['fr', 'Cliquez ici pour gérer vos préférences d’e-mail.'],
    ['en', '<a href="/throws" aria-label="Read more about our wool throws">Read more</a>'],
  ],
);

bank(
  'placeholder.marker: TBD/TBC left in copy, not a TBD named as a word (CASE-FORMAT)',
  ['placeholder.marker'],
  {},
  [
    ['en', 'Launch price: TBD.'],
    ['en', 'Date TBD, venue TBC.'],
    ['en', 'Tickets go on sale TBD'],
    ['en', 'Tour dates TBC – sign up for news.'],
    ['en', 'Available from TBD at all stores.'],
    ['de', 'Lieferdatum: TBD'],
    ['es', 'Precio: TBD'],
    ['fr', 'Date de sortie : TBD'],
    ['en', 'FIXME: final price'],
  ],
  [
    ['en', "'TBD' is not a date. Tickly asks when for every task."],
    ['en', 'No more TBD tasks.'],
    ['en', 'Say goodbye to “TBD” in your calendar.'],
    ['en', 'Your TBD pile, sorted.'],
    ['es', "Se acabaron las tareas 'TBD' en tu agenda."],
    ['de', 'Schluss mit „TBD“ im Kalender.'],
    ['fr', 'Fini les « TBD » dans votre agenda.'],
  ],
);

bank(
  'placeholder.insert-bracket: a slot to fill, not a layout note that says what the element holds',
  ['placeholder.insert-bracket'],
  {},
  [
    ['en', '[Button text]'],
    ['en', '[Image here]'],
    ['en', '[Button: TBD]'],
    ['en', '[Button: your text here]'],
    ['en', '[Button: CTA]'],
    ['en', '[Image: photo here]'],
    ['en', '[Product name] is back in stock.'],
    ['de', '[Bild hier einfügen]'],
    ['de', '[Bild: hier Foto einfügen]'],
    ['es', '[Botón: texto por definir]'],
    ['es', '[Imagen: foto aquí]'],
    ['fr', '[Bouton : texte à confirmer]'],
  ],
  [
    ['en', '[Button: Shop bedding]'],
    ['en', '[Button: Click here]'],
    ['en', '[Product grid: 4 images]'],
    ['en', '[Video: 15-second clip of the tent going up]'],
    ['de', '[Bild: Frau mit Fahrrad am See]'],
    ['de', '[Button: Jetzt Rad finden]'],
    ['es', '[Imagen: una taza de café humeante]'],
    ['fr', '[Bouton : Voir les draps]'],
  ],
);

bank(
  'placeholder.template-token / merge-tag: left in copy, not a templating tool showing its own syntax',
  ['placeholder.template-token', 'placeholder.merge-tag'],
  {},
  [
    ['en', 'Hi {{first_name}}, your order is ready!'],
    ['en', 'Use {{coupon_code}} at checkout for 10% off.'],
    ['en', 'Thanks for shopping, *|FNAME|*!'],
    ['de', 'Hallo {{vorname}}, dein Rad ist fertig.'],
    ['de', 'Dein Code: %%CODE%% – gültig bis Sonntag.'],
    ['es', 'Hola *|FNAME|*, tu pedido ya está listo.'],
    ['es', '{{nombre}}, tu descuento te espera.'],
    ['fr', 'Bonjour %%FNAME%%, votre commande est prête.'],
    ['fr', 'Votre code {{code}} expire dimanche.'],
  ],
  [
    ['en', 'Use `{{first_name}}` in your subject line and Mailflow greets each reader by name.'],
    ['en', 'Tip: add %%FNAME%% to your template and we fill it in for every subscriber.'],
    ['de', 'Tipp: Schreib {{vorname}} in den Betreff, und Mailflow setzt den Namen ein.'],
    ['es', 'Escribe {{nombre}} en el asunto y Mailflow pone el nombre de cada lector.'],
    ['fr', 'Ajoutez {{prenom}} à votre objet : Mailflow insère le prénom de chaque abonné.'],
  ],
);

bank(
  'accessibility.alt-text: search keywords in a covered language, not a description in a language without a rulebook',
  ['accessibility.alt-text'],
  { kind: 'alt-text' },
  [
    ['en', 'running shoes men women cheap running shoes sale online shop best running shoes'],
    ['de', 'laufschuhe sale günstig kaufen laufschuhe herren damen online shop'],
    ['es', 'zapatillas running baratas zapatillas hombre mujer oferta tienda online'],
    ['fr', 'chaussures running pas cher chaussures homme femme promo boutique'],
    ['nl', 'IMG_2231.jpg'],
    ['it', 'foto_copertina.jpg'],
    ['en', 'banner'],
    ['de', 'Bild'],
  ],
  [
    ['nl', 'Vier speculoosbollen met kandijsuiker op een houten plank naast een kop koffie'],
    ['it', 'Due cornetti alla crema su un piatto bianco accanto a una tazza di caffè'],
    ['pt', 'Tênis de corrida azul sobre uma pista molhada ao amanhecer'],
    ['en', 'Two running shoes on a wet track at dawn'],
  ],
);

bank(
  'disclosure.ad-marker: an affiliate post says it earns a commission, in any person (FTC 255.5)',
  ['disclosure.ad-marker'],
  { channel: 'affiliate', kind: 'body' },
  [
    ['en', 'Our pick for long-haul flights: the Drift neck pillow. Grab it here: amzn.to/3xY'],
    ['en', 'The only carry-on you need. Shop it through the link below!'],
    ['es', 'Nuestra almohada favorita para vuelos largos. Cómprala aquí: amzn.to/3xY'],
    ['de', 'Unser Favorit für Langstreckenflüge: das Drift-Kissen. Hier kaufen: amzn.to/3xY'],
    ['fr', 'Notre coup de cœur pour les longs vols : l’oreiller Drift. À acheter ici : amzn.to/3xY'],
    ['en', 'These earbuds changed my commute. Buy them here.'],
    ['de', 'Meine liebsten Wanderschuhe – hier bestellen!'],
    ['es', 'Las zapatillas que uso cada día: aquí las tienes.'],
  ],
  [
    [
      'en',
      'Affiliate disclosure: Carry-On Notes earns a commission if you buy through links in this post. Our pick: the Drift pillow.',
    ],
    [
      'en',
      'Heads up: this blog may earn a small commission when you shop through these links. Our pick: the Drift.',
    ],
    ['es', 'Aviso: este blog recibe una pequeña comisión si compras a través de estos enlaces.'],
    [
      'de',
      'Hinweis: Für Käufe über diese Links erhalten wir eine kleine Provision. Unser Favorit: das Drift-Kissen.',
    ],
    ['fr', 'À savoir : nous touchons une petite commission si vous achetez via ces liens.'],
  ],
);

const houseAd =
  (disclosure: string) =>
  (p: HandoffPackage): void => {
    (p.channels[1] as HandoffPackage['channels'][number]).disclosures = [disclosure];
  };
const LATE_WERBUNG =
  'Prüfling (aufgeregt): „Liebe Autofahrer, morgen um neun hab ich Fahrprüfung in der Innenstadt. Bitte lasst große Parklücken frei! Und, Herr Prüfer: Im Handschuhfach liegt ein Umschlag. Nur so als Tipp.“ Sprecher: „Im Radio hört jeder zu. Radiokombi Nord – Werbung, die ankommt.“';

describe('endorsement.undisclosed-connection: a house ad has no connection to disclose', () => {
  const rule = ['endorsement.undisclosed-connection'];
  it.each([
    ['de', 'Audiospot für Radio, Eigenwerbung des Vermarkters.'],
    ['en', 'House ad for our own station.'],
    ['es', 'Cuña de autopromoción de la emisora.'],
    ['fr', 'Spot d’autopromotion de la station.'],
  ])('[%s] with %j, a late "Werbung" does not fire', (lang, disclosure) => {
    expect(
      fired(rule, LATE_WERBUNG, lang, { channel: 'podcast', kind: 'script', edit: houseAd(disclosure) }),
    ).toEqual([]);
  });
});

bank(
  'pii.private-address / pii.home-address: a person’s home, not a public figure’s office',
  ['pii.private-address', 'pii.home-address', 'pii.private-contact'],
  {},
  [
    ['en', 'Our winner Jane Doe lives at 14 Elm Grove, Leeds LS6 2AB – congrats Jane!'],
    ['en', 'Congrats to Mark Ellis, 22 Birch Road, Bristol, our lucky winner!'],
    ['de', 'Gewinnerin Maria Schulz, Lindenstraße 5, 10115 Berlin, freut sich über ihr neues Rad.'],
    ['de', 'Unser Gewinner Jonas Keller wohnt in der Ahornweg 12 in Köln.'],
    ['es', 'El ganador, Pedro Gómez, vive en la calle Olmo 7, 3º B, 46001 Valencia.'],
    ['es', 'Felicidades a Lucía Pérez, Calle Mayor 14, Zaragoza, ¡nuestra ganadora!'],
    ['fr', 'Bravo à notre gagnante Claire Dubois, qui habite au 12 rue des Lilas, Lyon.'],
    ['en', 'Tom Baker, Flat 4, 19 Park Lane – this month’s winner!'],
  ],
  [
    [
      'en',
      'Write to Mayor Lisa Tran at City Hall, 200 Main Street, Springfield, and tell her you back the bike lanes.',
    ],
    ['de', 'Schreiben Sie Bürgermeisterin Anna Weber: Rathaus, Marktplatz 1, 79098 Freiburg.'],
    ['es', 'Escribe a la alcaldesa Marta Ruiz al Ayuntamiento, Plaza Mayor 1, 28012 Madrid.'],
    ['fr', 'Écrivez au maire Paul Martin, Hôtel de Ville, 1 place de l’Hôtel de Ville, 75004 Paris.'],
    ['en', 'Send your letters to Senator Ruiz’s district office, 40 Union Street, Brooklyn.'],
  ],
);

const channelNote =
  (note: string) =>
  (p: HandoffPackage): void => {
    (p.channels[1] as HandoffPackage['channels'][number]).disclosures = [note];
  };
const ROUNDUP =
  'Our 7 favourite espresso machines, tested for six weeks. Top pick: the Piccolo Pro. [Check price →]';

describe('disclosure.ad-marker: a channel note that says it sits in the footer covers nothing (FTC .com Disclosures)', () => {
  const rule = ['disclosure.ad-marker'];
  const where = (note: string) => ({
    channel: 'affiliate' as const,
    kind: 'body' as const,
    edit: channelNote(note),
  });
  it.each([
    [
      'en',
      'Page footer (below comments): The Crema Report may earn a commission when you buy through links.',
    ],
    ['en', 'Fine print: we earn a commission on purchases made through our links.'],
    ['es', 'Pie de página: este blog recibe una pequeña comisión por las compras a través de sus enlaces.'],
    ['de', 'Fußzeile: Für Käufe über diese Links erhalten wir eine kleine Provision.'],
    ['fr', 'Bas de page : nous touchons une petite commission sur les achats via nos liens.'],
  ])('[%s] %j fires', (lang, note) => {
    expect(fired(rule, ROUNDUP, lang, where(note))).not.toEqual([]);
  });
  it.each([
    ['en', 'The Crema Report may earn a commission when you buy through links on this page.'],
    ['es', 'Este blog recibe una pequeña comisión por las compras a través de sus enlaces.'],
    ['de', 'Für Käufe über diese Links erhalten wir eine kleine Provision.'],
    ['fr', 'Nous touchons une petite commission sur les achats via nos liens.'],
  ])('[%s] %j does not', (lang, note) => {
    expect(fired(rule, ROUNDUP, lang, where(note))).toEqual([]);
  });
});
