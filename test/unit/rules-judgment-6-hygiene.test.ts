import { getContract } from '#core/contracts';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

/** The contract packages name today (marketing-default@1.2.0 + marketing-topics@1.1.0). */
const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.0.0');
  if (c === undefined) throw new Error('contract missing');
  return c;
};

const on = (copy: string, language = 'en', channel: Parameters<typeof withCopy>[1] = 'social-organic') =>
  withCopy(copy, channel, 'caption', { language });
const fired = (ruleIds: readonly string[], copy: string, language = 'en') =>
  ruleIds.flatMap((id) => hits(on(copy, language), id, contract()));

describe('placeholders: TODO is a marker, Spanish "todo" is a word', () => {
  const rules = ['placeholder.marker', 'placeholder.todo-word'];
  it.each([
    ['en', 'TODO add the hero headline'],
    ['de', 'Preis: TODO'],
    ['es', 'Precio final: [TODO] antes del lanzamiento.'],
    ['es', 'TODO: cambiar el titular'],
    ['fr', 'TODO ajouter le prix'],
  ])('blocks a marker (%s) “%s”', (language, copy) => {
    expect(fired(rules, copy, language)).toHaveLength(1);
  });

  it.each([
    ['es', 'TODO INCLUIDO en tu escapada a Mallorca: vuelo, hotel y traslados.'],
    ['es', 'TODO A MITAD DE PRECIO en la sección de verano.'],
    ['es', 'Lo quieres TODO y lo tienes todo, en una sola app.'],
    ['en', 'To-do lists made simple.'],
  ])('leaves the word (%s) “%s” alone', (language, copy) => {
    expect(fired(rules, copy, language)).toEqual([]);
  });
});

describe('accessibility: image nouns of four languages (WCAG 2.2 1.1.1)', () => {
  /** An e-mail whose body points to an image, with the alt text given. */
  const mail = (body: string, alt: string, language = 'en') => {
    const pkg = withCopy(body, 'email', 'body', { language });
    pkg.channels[1]?.deliverables.push({ id: 'hero-alt', kind: 'alt-text', copy: alt, language });
    return pkg;
  };
  const pointed = (body: string, alt: string, language = 'en') =>
    hits(mail(body, alt, language), 'accessibility.image-without-alt', contract());
  const altHits = (alt: string) =>
    hits(
      withCopy(alt, 'social-organic', 'alt-text', { language: 'en' }),
      'accessibility.alt-text',
      contract(),
    );

  it.each([
    ['en', 'Details are shown in the banner: two for one until Sunday.', ''],
    ['es', 'Ver la imagen: todos los detalles de la oferta.', ''],
    ['de', 'Alle Preise siehe Plakat.', ''],
    ['fr', "Tous les détails sur l'affiche ci-dessous.", ''],
  ])('flags a pointed-to image with no alt (%s) “%s”', (language, body, alt) => {
    expect(pointed(body, alt, language)).toHaveLength(1);
  });

  it.each([
    [
      'en',
      'See the image above for the weekend deal.',
      'Boots on a trail with the text: 40% off this weekend',
    ],
    ['en', 'Our poster sale is on: thirty prints, ten pounds each.', ''],
    ['es', 'Consulta la tabla de tallas en nuestra web.', ''],
  ])('leaves a described image or no image reference alone (%s) “%s”', (language, body, alt) => {
    expect(pointed(body, alt, language)).toEqual([]);
  });

  it.each(['poster', 'Plakat', 'affiche', 'cartel', 'key visual', 'miniatura'])(
    'flags the generic alt %j',
    (alt) => {
      expect(altHits(alt)).toHaveLength(1);
    },
  );

  it.each([
    'Trail Runner logo',
    'Poster of a lighthouse at dusk, A2 print',
    'Plakat mit Leuchtturm bei Nacht',
  ])('accepts the alt %j (a logo named by its brand, a described poster)', (alt) => {
    expect(altHits(alt)).toEqual([]);
  });
});

describe("personal data: a team's line or a freephone number is not a person's (GDPR Art. 4(1))", () => {
  const rule = ['pii.personal-phone'];
  it.each([
    ['en', 'Text Maria on 07700 900123 to claim the prize.'],
    ['en', 'Jenna Morales (503) 555-0147 takes the bookings.'],
    ['es', 'Llama a Marta, su móvil: 612 345 678.'],
    ['de', 'Anna Weber: 0171 2345678, auch am Wochenende.'],
    ['fr', 'Son portable : 06 12 34 56 78.'],
  ])('blocks (%s) “%s”', (language, copy) => {
    expect(fired(rule, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'Call Customer Services on 0800 123 4567.'],
    ['en', 'Ring Head Office on 0161 496 0000.'],
    ['en', 'Call our stylist Jenna on 1-800-555-0199.'],
    ['de', 'Der Kundenservice ist unter 0171 2345678 erreichbar.'],
    ['fr', 'Service Client : 09 69 32 15 15.'],
    ['es', 'Llama a Atención al Cliente al 900 123 456.'],
  ])('leaves a business line alone (%s) “%s”', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });

  it('reads a personal e-mail in the CTA URL too', () => {
    const personal = on('New throws are in.');
    personal.cta.url = 'https://shop.example.org/refer?ref=jenna.morales@gmail.com';
    expect(hits(personal, 'pii.personal-email', contract())).toHaveLength(1);
    const team = on('New throws are in.');
    team.cta.url = 'https://shop.example.org/help?contact=support@shop.example.org';
    expect(hits(team, 'pii.personal-email', contract())).toEqual([]);
  });
});

describe('placeholders: filler text used, not mentioned', () => {
  const rule = ['placeholder.lorem-ipsum'];
  it.each([
    ['en', 'Headline: lorem ipsum'],
    ['en', 'Spring sale Lorem ipsum dolor'],
    ['en', 'Spring launch lorem ipsum'],
    ['en', 'Sed ut perspiciatis unde omnis iste natus.'],
    ['de', 'Weit hinten, hinter den Wortbergen, leben die Blindtexte.'],
    ['fr', 'Lorem ipsum, consectetur adipiscing elit.'],
  ])('blocks filler (%s) “%s”', (language, copy) => {
    expect(fired(rule, copy, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Every font ships with real specimen text, so your mockups never say lorem ipsum again.'],
    ['de', 'Schluss mit lorem ipsum: echte Musterseiten für jede Schrift.'],
    ['es', 'Adiós al lorem ipsum: textos reales para tu web.'],
  ])('leaves a mention (%s) “%s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});

describe('placeholders: a bracket that holds real content is content', () => {
  const brackets = ['placeholder.insert-bracket', 'placeholder.fill-in'];
  it.each([
    ['en', '[Insert price] for the spring bundle.'],
    ['en', 'Ends [DATE]. Shop now.'],
    ['es', 'Oferta válida hasta [fecha].'],
  ])('blocks a fill-in bracket (%s) “%s”', (language, copy) => {
    expect(fired(brackets, copy, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'New coats. [Image description: a woman in a yellow raincoat walking a dog.]'],
    ['es', 'Nueva colección. [Texto legal: oferta válida hasta el 31/03/2027.]'],
    ['de', 'Neue Kollektion [Bild: Frau im gelben Mantel am Strand]'],
    ['en', 'Offer ends [Date: 12 March 2027].'],
  ])('leaves a bracket with real content (%s) “%s” alone', (language, copy) => {
    expect(fired(brackets, copy, language)).toEqual([]);
  });
});

describe('inclusive language: praise of a work is not about people (retext-equality, non-person senses)', () => {
  const warned = (copy: string) =>
    fired(['inclusive.master', 'inclusive.slave', 'inclusive.master-of-ceremonies'], copy).filter(
      (f) => f.severity === 'warn',
    );
  it.each([
    'Our master/slave relay boards ship next week.',
    'Book a master of ceremonies for your wedding.',
    'Meet the master of the house.',
  ])('still raises “%s”', (copy) => {
    expect(warned(copy)).not.toEqual([]);
  });

  it.each([
    'A masterpiece of Swiss watchmaking, now in steel.',
    'The masterstroke of our winter menu: truffle fries.',
    'A masterful blend of Arabica and Robusta.',
  ])('only hints at “%s”', (copy) => {
    const ids = ['inclusive.masterpiece', 'inclusive.masterstroke', 'inclusive.masterful'];
    expect(fired(ids, copy).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('personal data: a role mailbox is the business, a named mailbox a person (GDPR Art. 4(1), RFC 2142)', () => {
  const rules = ['pii.email-address', 'pii.personal-email'];
  it.each([
    ['en', 'Email our founder at jane@brightdesk.com.'],
    ['en', 'Reach Derek at derek.hill@brightdesk.com.'],
    ['es', 'Escribe a marta.lopez84@hotmail.com para reservar.'],
  ])('flags (%s) “%s”', (language, copy) => {
    expect(fired(rules, copy, language).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Media enquiries: media.relations@brightdesk.com'],
    ['es', 'Reservas: reservas.casaluna@gmail.com'],
    ['de', 'Bestellungen bitte an bestellung@haus-gruen.de'],
    ['fr', 'Commandes : commandes@maisonbleue.fr'],
  ])('leaves a role mailbox alone (%s) “%s”', (language, copy) => {
    expect(fired(rules, copy, language)).toEqual([]);
  });
});

describe('inclusive language: French "retard" is a delay, the English slur stays blocked', () => {
  const rules = ['inclusive.slur', 'inclusive.retard'];
  it.each([
    ['en', 'That plan is so retarded.'],
    ['en', 'Only a retard would pay full price.'],
    ['es', 'No seas mongólico y reserva ya.'],
  ])('blocks (%s) “%s”', (language, copy) => {
    expect(fired(rules, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['fr', 'Colis en retard ? Suivez votre commande en ligne.'],
    ['fr', 'Aucun retard de livraison : expédition en 24 h.'],
    ['fr', 'Ne prenez pas de retard sur votre déclaration.'],
  ])('leaves (%s) “%s” alone', (language, copy) => {
    expect(fired(rules, copy, language)).toEqual([]);
  });
});

describe('placeholders: a bracketed query-parameter name is a real URL', () => {
  const cta = (url: string) => {
    const pkg = on('New throws are in.');
    pkg.cta.url = url;
    return hits(pkg, 'placeholder.url-marker', contract());
  };
  it.each([
    'https://shop.example.org/[LINK]',
    'https://shop.example.org/p?id=[product_id]',
    'https://shop.example.org/p?[utm]',
  ])('blocks %s', (url) => {
    expect(cta(url)).toHaveLength(1);
  });
  it.each([
    'https://shop.example.org/search?filter[color]=red&filter[size]=m',
    'https://shop.example.org/blog?page[number]=2',
    'https://shop.example.org/c?sort[price]=asc',
  ])('leaves %s alone', (url) => {
    expect(cta(url)).toEqual([]);
  });
});

describe('accessibility: "click here" with its purpose in the sentence meets WCAG 2.2 2.4.4', () => {
  const rule = ['accessibility.link-text'];
  it.each([
    ['en', 'New throws are in. Click here.'],
    ['de', 'Sommerreisen buchen? Hier klicken!'],
    ['fr', 'Nouveautés : cliquez ici.'],
  ])('warns on a bare “click here” (%s) “%s”', (language, copy) => {
    expect(fired(rule, copy, language)).toHaveLength(1);
  });

  it.each([
    ['en', 'To unsubscribe, click here: https://shop.example.org/u'],
    ['es', 'Haz clic aquí para ver la colección.'],
    ['de', 'Zum Abmelden hier klicken.'],
    ['fr', 'Pour vous désabonner, cliquez ici.'],
  ])('leaves a stated purpose (%s) “%s” alone', (language, copy) => {
    expect(fired(rule, copy, language)).toEqual([]);
  });
});
