import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26: superlatives read by their grammar, not a list of adjectives. A market superlative is any
 * -est (English) or lower-case -ste/-ster (German) form with a market scope; taste and charm stay puffery.
 */
describe('English market superlatives: any -est form with a market scope', () => {
  it.each([
    ['Officially the comfiest sofa in Britain.', 'Officially the comfiest sofa in Britain'],
    ['The most powerful cordless drill on the planet.', 'most powerful cordless drill on the planet'],
    ['The quietest kettle in the UK, by design.', 'The quietest kettle in the UK'],
    ['The longest-lasting battery in Europe.', 'The longest-lasting battery in Europe'],
    ['the springiest mattress in the US', 'the springiest mattress in the US'],
  ])('%j fires', (copy, quote) => {
    expect(quotes('claim.superlative', copy)).toEqual([quote]);
  });

  it.each([
    'The comfiest sofa on earth, or so our cat says.',
    'The tastiest tacos in the country, says Grandma.',
    'The latest drop in the UK store is here.',
    'The biggest fans in us are our customers.',
    'Our customers are the strongest believers in us.',
  ])('%j does not', (copy) => {
    expect(quotes('claim.superlative', copy)).toEqual([]);
  });
});

describe('German market superlatives (claim.superlative-de): grammar, not a word list', () => {
  it.each([
    ['Deutschlands beliebtester Online-Sprachkurs.', 'Deutschlands beliebtester Online-Sprachkurs'],
    ['Der leiseste Staubsauger der Welt. Punkt.', 'leiseste Staubsauger der Welt'],
    ['Das meistgekaufte Fahrrad Europas.', 'meistgekaufte Fahrrad Europas'],
    ['Der wirksamste Mückenschutz am Markt.', 'wirksamste Mückenschutz am Markt'],
    ['Österreichs größte Auswahl an Skiern.', 'Österreichs größte Auswahl'],
  ])('%j fires', (copy, quote) => {
    expect(quotes('claim.superlative-de', copy, undefined, 'de')).toEqual([quote]);
  });

  it.each([
    'Die schönsten Strände Europas warten auf Sie.',
    'Deutschlands Gäste lieben unser Frühstück.',
    'Die erste Filiale der Welt öffnete 1921 in Bremen.',
    'Deutschlands nächstes Topmodel kauft hier ein.',
    'Die angepasste Lösung am Markt für Ihr Büro.',
    'Die Küste Europas entdecken.',
  ])('%j does not', (copy) => {
    expect(quotes('claim.superlative-de', copy, undefined, 'de')).toEqual([]);
  });

  it('reads German copy only', () => {
    expect(
      quotes('claim.superlative-de', 'Deutschlands günstigster Stromanbieter.', undefined, 'en'),
    ).toEqual([]);
  });
});

describe('testimonial results read by their time frame (FTC 16 CFR 255.2)', () => {
  it.each([
    ['en', '“I was fluent in 6 weeks!” — Marco, Bristol', 'I was fluent in 6 weeks'],
    ['en', '“I cleared my card debt in 8 months with BudgetBee.”', 'I cleared my card debt in 8 months'],
    [
      'de',
      'Heute zeige ich euch, wie ich in drei Monaten Portugiesisch gelernt habe.',
      'ich euch, wie ich in drei Monaten',
    ],
  ])('[%s] %j blocks without a statement of typical results', (lang, copy, quote) => {
    expect(quotes('endorsement.atypical-result', copy, undefined, lang)).toEqual([quote]);
  });

  it('is an info for a person to check when typical results stand beside it', () => {
    const copy =
      '“I had three interviews in two weeks.” Typical members get a first interview within 5 weeks.';
    expect(quotes('endorsement.atypical-result', copy)).toEqual([]);
    expect(quotes('endorsement.typical-result', copy)).toEqual(['I had three interviews in two weeks']);
  });

  it.each([
    'I ordered on Monday and it arrived in 2 days, love it!',
    'My parcel came in 2 days and I got a refund in 3 days.',
    'They fixed my boiler in 2 days. Great service.',
    'Results in 4 weeks: see the study on our site.',
  ])('%j is not a testimonial result', (copy) => {
    expect(quotes('endorsement.atypical-result', copy)).toEqual([]);
  });
});

describe('pii.email-address: a person’s address by its shape, not a list of role words', () => {
  it.each([
    ['en', 'Thanks Rob (rob.mensah@outlook.com)!', 'rob.mensah@outlook.com'],
    ['en', 'Questions? Ask Sarah: sarah@brightpath-bikes.com', 'sarah@brightpath-bikes.com'],
    ['en', 'Book with our planner jsmith@acme-events.com', 'jsmith@acme-events.com'],
    ['de', 'Ansprechpartnerin: anja.vogel@kuechenwerk24.de', 'anja.vogel@kuechenwerk24.de'],
    ['fr', 'Écrivez à jeanne.roux@gmail.com', 'jeanne.roux@gmail.com'],
    ['es', 'Reservas por WhatsApp o en lauritacafe@hotmail.es', 'lauritacafe@hotmail.es'],
  ])('[%s] %j is a person’s address', (lang, copy, quote) => {
    expect(quotes('pii.email-address', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Birthday bookings: parties@thebrewhouse.co.uk'],
    ['es', 'Manda tu CV a empleo@tijerasmarta.es'],
    ['es', '¿Dudas con tu pedido? Escríbenos a ayuda@casaribera.es.'],
    ['de', 'Feiern bei uns? feiern@alte-muehle.de'],
    ['fr', 'Anniversaires : anniversaires@laser-park.fr'],
    ['en', 'Late opening at our Leeds store: leeds@haldensofas.co.uk'],
    ['fr', 'Service client : service.client@caveroussel.fr'],
    ['en', 'Press: press.office@northlight.com'],
  ])('[%s] %j is a role address', (lang, copy) => {
    expect(quotes('pii.email-address', copy, undefined, lang)).toEqual([]);
  });
});

describe('taste and charm stay puffery in every language; "beat me" is no comparison', () => {
  it.each([
    ['es', 'Las croquetas más ricas del mundo (según mi madre) 😂'],
    ['fr', 'Les croissants les plus gourmands de France, rien que ça.'],
    ['en', 'The most delicious mince pies in the world, says Grandma.'],
  ])('[%s] %j', (lang, copy) => {
    expect(quotes('claim.superlative', copy, undefined, lang)).toEqual([]);
  });

  it('still reads a measurable superlative in Spanish', () => {
    expect(quotes('claim.superlative', 'La fibra más rápida de España.', undefined, 'es')).toEqual([
      'más rápida de España',
    ]);
  });

  it('reads "come and beat me at Mario Kart" as a game night, not a comparison', () => {
    const copy = 'Pixel Pit is paying me to host their games night. Come and beat me at Mario Kart 🎮';
    expect(quotes('claim.competitor-comparison', copy)).toEqual([]);
    expect(quotes('claim.competitor-comparison', 'Our router beats Netgear on range.')).toHaveLength(1);
  });
});

describe('a market superlative said in the negative: nobody is faster', () => {
  it.each([
    ['es', 'En Sevilla nadie te lo trae más rápido. Pide ya.', 'nadie te lo trae más rápido'],
    ['fr', 'Aucune box ne va plus vite en France.', 'Aucune box ne va plus vite'],
    [
      'de',
      'Keine Trinkflasche wird in Österreich öfter gekauft.',
      'Keine Trinkflasche wird in Österreich öfter',
    ],
    ['en', 'Nobody in Scotland fixes boilers faster.', 'Nobody in Scotland fixes boilers faster'],
  ])('[%s] %j', (lang, copy, quote) => {
    expect(quotes('claim.superlative', copy, undefined, lang)).toEqual([quote]);
  });

  it.each(['No one loves you more than your dog does.', 'Nobody does Sunday roast like Nan.'])(
    '%j is not a market claim',
    (copy) => {
      expect(quotes('claim.superlative', copy)).toEqual([]);
    },
  );
});

describe('a testimonial result told from its time frame first', () => {
  it.each([
    ['en', '“Six weeks in, I was chatting with my nonna in Italian.”', 'Six weeks in, I was chatting with'],
    [
      'fr',
      '« Trois mois après la formation, j’ai signé mon CDI. »',
      'Trois mois après la formation, j’ai signé mon CDI',
    ],
  ])('[%s] %j', (lang, copy, quote) => {
    expect(quotes('endorsement.atypical-result', copy, undefined, lang)).toEqual([quote]);
  });
});

describe('placeholders named, not left behind', () => {
  it.each([
    [
      'en',
      'Every font ships with real specimen text, so your mockups never say lorem ipsum again.',
      'placeholder.lorem-ipsum',
    ],
    ['es', 'Adiós al lorem ipsum: textos reales para tus maquetas.', 'placeholder.lorem-ipsum'],
    ['es', '¿Cansado de maquetas llenas de «lorem ipsum dolor sit amet»?', 'placeholder.lorem-ipsum'],
    ['fr', 'Des « TODO » griffonnés partout ? Vos TODO, enfin au même endroit.', 'placeholder.marker-todo'],
    ['en', 'Meeting time TBD? Not for long.', 'placeholder.marker'],
    [
      'es',
      "[Texto en pantalla desde el segundo 0: 'PUBLICIDAD · con Kabuki Running'] Kilómetro 8.",
      'placeholder.insert-bracket',
    ],
  ])('[%s] %j', (lang, copy, rule) => {
    expect(quotes(rule, copy, undefined, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'placeholder.lorem-ipsum'],
    ['en', 'TODO: add the price before Friday.', 'placeholder.marker-todo'],
    ['en', 'Doors open at TBD, see you there.', 'placeholder.marker'],
    ['es', 'Descuento de [texto del descuento] en toda la tienda.', 'placeholder.insert-bracket'],
  ])('[%s] %j is still a leftover', (lang, copy, rule) => {
    expect(quotes(rule, copy, undefined, lang).length).toBeGreaterThan(0);
  });
});

describe('alt text that names the poster or the brand says nothing of the image', () => {
  const alt = (text: string, mandatory?: string) => {
    const pkg = withCopy(text, 'email', 'alt-text');
    if (mandatory) pkg.brand.mandatories = [mandatory];
    return hits(pkg, 'accessibility.alt-text', publishingContract('3.0.0')).map((f) => f.quote);
  };

  it.each(['Poster', 'Affiche', 'Key visual'])('%j is a generic word', (text) => {
    expect(alt(text)).toEqual([text]);
  });

  it('the brand alone, for an image carrying the offer, is flagged', () => {
    expect(alt('Pinecrest', 'Pinecrest Boots')).toEqual(['Pinecrest']);
    expect(alt('Pinecrest boots on a snowy trail, 40% off this weekend', 'Pinecrest Boots')).toEqual([]);
  });
});

describe('"no hidden fees" denies a charge; it denigrates no rival', () => {
  it.each([
    ['en', 'No hidden fees, ever: the price you see is the price you pay.'],
    ['fr', "Jouer cartes sur table : nos prix incluent la TVA et l'éco-participation, sans frais cachés."],
    ['de', 'Keine versteckten Kosten bei uns.'],
  ])('[%s] %j', (lang, copy) => {
    expect(quotes('claim.competitor-denigration', copy, undefined, lang)).toEqual([]);
  });
});
