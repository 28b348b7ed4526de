import type { HandoffPackage } from '#core/package-schema';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26 (comparative, inclusive language, environmental): the rules read the kinds of wording the codes
 * name, not the lines they were tuned on. Examples are paraphrases; the near-misses must stay quiet.
 */
const inEU = (p: HandoffPackage) => {
  p.audience.regions = ['DE'];
};

describe('comparative: imitation of a branded product (Directive 2006/114/EC art. 4(g))', () => {
  it.each([
    [
      'en',
      'Looks so close to a Cartier Tank that it gets mistaken for a Cartier daily.',
      'mistaken for a Cartier',
    ],
    ['en', 'A perfect replica of the Hermès Kelly, in vegan leather.', 'perfect replica'],
    ['en', 'Our Omega-inspired diver, nobody will ever spot the difference.', 'Omega-inspired'],
    ['de', 'Die Speedmaster-Hommage aus Glashütte für 249 €.', 'Speedmaster-Hommage'],
    ['de', 'Sieht aus wie Lego, nur ohne den Namen – und halb so teuer.', 'Lego, nur ohne den Namen'],
    ['es', 'Gafas idénticas a las Ray-Ban por 25 €.', 'idénticas a las Ray-Ban'],
    ['es', 'Copia exacta del reloj Cartier Santos.', 'Copia exacta del reloj Cartier'],
    ['fr', "Eau de parfum 'inspiration Baccarat Rouge', même sillage.", 'inspiration Baccarat'],
    ['fr', 'Le sac Kelly de Hermès sans le prix, à 39 €.', 'de Hermès sans le prix'],
    [
      'fr',
      'Une montre qui sent exactement comme Guerlain ? Non, un parfum.',
      'sent exactement comme Guerlain',
    ],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('claim.imitation', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'It smells just like Christmas morning in here.'],
    ['en', 'Try our Hakata ramen, slow-cooked for 18 hours.'],
    ['en', 'No one can tell you how to spend your weekend.'],
    ['de', 'Probieren Sie vier Röstungen, ohne die Etiketten zu sehen.'],
    ['es', 'Copia tu lista de la compra en la app.'],
    ['fr', 'Un sac en cuir tanné au végétal, cousu main à Lyon.'],
  ])('%s %j does not', (lang, copy) => {
    expect(quotes('claim.imitation', copy, undefined, lang)).toEqual([]);
  });
});

describe('comparative: denigrating a named rival (CAP 3.42, Directive 2006/114/EC art. 4(d))', () => {
  it.each([
    [
      'en',
      'Samsonite cases fall apart after two trips. Ours carry a lifetime warranty.',
      'Samsonite cases fall apart',
    ],
    ['en', 'Ryanair rips you off on bags. We include 20 kg.', 'Ryanair rips you off'],
    [
      'en',
      'Our fries are cooked in beef dripping. Can Five Guys say the same?',
      'Can Five Guys say the same',
    ],
    ['en', 'Sky customers: tired of price rises? Come to Vistaview.', 'Sky customers: tired of'],
    [
      'de',
      'Vodafone zockt dich mit Gebühren ab – bei Funkwelle zahlst du fix 20 €.',
      'Vodafone zockt dich mit Gebühren ab',
    ],
    [
      'de',
      'Die Sofas von Höffner sind nach einem Jahr durchgelegen.',
      'Höffner sind nach einem Jahr durchgelegen',
    ],
    ['es', 'Los portátiles Lenovo se estropean al año; los nuestros, no.', 'Lenovo se estropean'],
    ['es', 'Mientras Iberdrola te cobra de más, en Lumina pagas lo justo.', 'Iberdrola te cobra de más'],
    ['fr', 'La box SFR coûte 42 €, la nôtre 19 €.', 'La box SFR coûte 42 €, la nôtre'],
    ['fr', 'Chez Bouygues, on vous arnaque sur les options.', 'Bouygues, on vous arnaque'],
    ['en', 'Anker chargers overheat within a month.', 'Anker chargers overheat'],
    ['de', 'Der Tarif von O2 ist reine Abzocke.', 'Tarif von O2 ist reine Abzocke'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('claim.competitor-denigration', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Our cases never fall apart, even after fifty trips.'],
    ['en', 'Members pay nothing for delivery on orders over £30.'],
    ['en', 'Can you say no to a second slice?'],
    ['de', 'Unsere Matratzen sind auch nach zehn Jahren nicht durchgelegen.'],
    ['es', 'Nuestros portátiles no se estropean: 3 años de garantía.'],
    ['fr', 'Notre box coûte 19 € par mois, sans engagement.'],
  ])('%s %j does not', (lang, copy) => {
    expect(quotes('claim.competitor-denigration', copy, undefined, lang)).toEqual([]);
  });
});

describe('comparative: "why pay X prices" names the rival', () => {
  it('fires on a brand after "why pay"', () => {
    expect(quotes('claim.competitor-comparison', 'Why pay Bose prices for Bose sound?')).toEqual([
      'Why pay Bose',
    ]);
  });
  it('does not fire without a name', () => {
    expect(quotes('claim.competitor-comparison', 'Why pay more for less?')).toEqual([]);
  });
});

describe('inclusive language: stereotypes by sex, age, origin and body (CAP 4.9, Werberat, ARPP)', () => {
  it.each([
    ['en', 'So easy, even your boyfriend can set it up.', 'So easy, even your boyfriend'],
    ['en', 'A cruise for folks past their prime.', 'past their prime'],
    ['en', 'Beach season: no more beached whales on the sand!', 'beached whales'],
    ['en', 'Slower than a pensioner at the post office? Upgrade your router.', 'Slower than a pensioner'],
    ['en', 'Barmaid wanted for Friday nights, DM us.', 'Barmaid wanted'],
    ['de', 'Mit dem Dampfgarer kocht jede Hausfrau wie ein Profi.', 'jede Hausfrau'],
    ['de', 'Du fährst wie ein Rentner? Unser Tempomat hilft.', 'fährst wie ein Rentner'],
    ['de', 'Ehrlich wie ein Türke beim Basar? Nicht bei uns.', 'wie ein Türke'],
    [
      'es',
      'Te lo explicamos en dibujos para que las mujeres también lo entiendan.',
      'para que las mujeres también lo entiendan',
    ],
    [
      'fr',
      'Les seniors et le numérique, ça fait deux ? Plus avec notre tablette.',
      'seniors et le numérique, ça fait deux',
    ],
    [
      'fr',
      'Pour la fête des mères, offrez-lui un fer à repasser vapeur.',
      'fête des mères, offrez-lui un fer à repasser',
    ],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.stereotype', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Mother’s Day brunch for the whole family, 10 am to 2 pm.'],
    ['en', 'Cook like an Italian grandmother with our fresh pasta kit.'],
    ['en', 'Our bartenders mix the best mojitos in town.'],
    ['de', 'Frauen und Männer trainieren bei uns gemeinsam.'],
    ['es', 'Para que toda la familia lo entienda, lo explicamos paso a paso.'],
    ['fr', 'Les seniors profitent de -10 % le mardi.'],
  ])('%s %j does not', (lang, copy) => {
    expect(quotes('inclusive.stereotype', copy, undefined, lang)).toEqual([]);
  });
});

describe('inclusive language: disability used as an insult or a measure', () => {
  it.each([
    ['en', 'Your spreadsheet is crippling the team.', 'crippling'],
    ['en', 'A deal so obvious even a blind man would see it.', 'even a blind man'],
    ['de', 'Dein Handy ist total spastisch? Hol dir das neue.', 'total spastisch'],
    ['es', 'El tráfico de hoy parece de autistas.', 'parece de autistas'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.disability-wording', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Audio-described screenings for blind and partially sighted guests.'],
    ['en', 'Even in blind tastings, our coffee wins.'],
    ['de', 'Physiotherapie bei Spastik und nach Schlaganfall.'],
  ])('%s %j does not', (lang, copy) => {
    expect(quotes('inclusive.disability-wording', copy, undefined, lang)).toEqual([]);
  });
});

describe('inclusive language: job ads with an age limit (quoted at the job-ad wording)', () => {
  it.each([
    ['fr', 'Boulangerie Martin recrute vendeur/vendeuse (H/F), 25 ans maximum.', 'recrute'],
    ['es', 'Clínica dental busca recepcionista de 20 a 30 años.', 'busca'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('inclusive.job-ad-age', copy, undefined, lang)).toEqual([quote]);
  });

  it('does not read an age range outside a job ad', () => {
    expect(
      quotes('inclusive.job-ad-age', 'Campamento de verano para niños de 8 a 14 años.', undefined, 'es'),
    ).toEqual([]);
  });
});

describe('environmental: vague and offset-based claims (Green Guides 260.4, Directive 2024/825)', () => {
  it.each([
    ['en', 'Every sofa we sell is an eco choice.', 'eco'],
    ['es', 'Hamburguesas eco en nuestra terraza.', 'eco'],
    ['en', 'Shop second-hand and help save the planet.', 'help save the planet'],
    ['en', 'Our trainers are made from recycled materials.', 'made from recycled materials'],
    ['en', 'A coffee that doesn’t harm the planet.', 'doesn’t harm the planet'],
    ['de', 'Unsere Becher sind biologisch abbaubar.', 'biologisch abbaubar'],
    ['de', 'Das grüne Autohaus in Mainz.', 'grüne Autohaus'],
    ['es', 'Camisetas de plástico del océano.', 'plástico del océano'],
    ['fr', 'Une cafetière éco-conçue, le choix responsable.', 'éco-conçue'],
  ])('%s %j fires', (lang, copy, quote) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Go green this Saturday with our shamrock cupcakes for St. Patrick’s Day.'],
    ['en', 'Switch the dishwasher to its eco mode button.'],
    ['de', 'Grüner Tee und grüne Bohnen, frisch vom Markt.'],
    ['fr', 'Une voiture verte métallisée, 5 places.'],
  ])('%s %j does not', (lang, copy) => {
    expect(quotes('regulated.environmental', copy, undefined, lang)).toEqual([]);
  });

  it('blocks a CO₂-offset neutrality claim in the EU, subscript and all', () => {
    expect(
      quotes(
        'regulated.environmental-offset',
        'Unser Kaffee ist CO₂-ausgeglichen – über Aufforstung in Peru.',
        inEU,
        'de',
      ),
    ).toEqual(['CO₂-ausgeglichen']);
  });
});
