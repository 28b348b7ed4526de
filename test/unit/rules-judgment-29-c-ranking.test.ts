import type { Claim } from '#core/package-schema';
import { getRulebook } from '#core/rulebook';
import { claimTopic } from '#core/rules/claim-topic';

/**
 * Stop 29-c, what a reviewer calls a claim that ranks. CAP's guide to comparative advertising and the ASA's
 * advice on superlatives: "No 1", "market leading", "the UK's cheapest" and top-parity claims ("just as strong
 * as any other") compare with the whole market and are superlatives; a comparison with an identifiable rival
 * is comparative advertising (CAP 3.33-3.37, Directive 2006/114/EC art. 2(c)). Two shapes were read as
 * something else: a performance or general claim that ranks (its evidence problem counted as plain
 * substantiation) and a comparison whose other side is every rival ("more than any other", "no brand sells
 * more than us", counted as a comparison). Lines are our own paraphrases; the near-misses compare with a named
 * rival or an own model, or use the negation words in their ordinary sense.
 */
const policy = getRulebook('marketing-default', '1.2.0').policy;
const topics = policy?.topicOfCategory ?? {};
const ranking = policy?.ranking;

function topicOf(row: string): string | undefined {
  const [category, text] = row.split(' ¦ ') as [Claim['category'], string];
  return claimTopic({ id: 'c', text, category, evidence: [] }, topics, ranking);
}

function bank(title: string, fire: string[], clean: [string, string | undefined][]) {
  describe(title, () => {
    it.each(fire)('%j is a superlative', (row) => {
      expect(topicOf(row)).toBe('superlatives');
    });
    it.each(clean)('%j keeps its topic (%s)', (row, topic) => {
      expect(topicOf(row)).toBe(topic);
    });
  });
}

bank(
  'a performance or general claim that ranks in a market is a superlative, not plain substantiation',
  [
    'performance ¦ Velocia is the fastest fibre broadband in Scotland.',
    'performance ¦ The strongest tape in America, tested on 40 surfaces.',
    'general ¦ Ohio’s #1 rated roofing company three years running',
    'performance ¦ Our quietest-ever dishwasher is also the quietest in Europe',
    'general ¦ Number one for customer service among UK energy suppliers',
    'performance ¦ La batería que más dura del mercado español.',
    'performance ¦ El router más rápido de España, según nuestras pruebas.',
    'general ¦ Marktführer für Gartenroboter in Österreich',
    'performance ¦ Die Waschmaschine mit der höchsten Energieeffizienz Deutschlands',
    'performance ¦ Le VPN le plus rapide de France, tout simplement.',
    'general ¦ Meilleur rapport qualité-prix du marché français',
    'general ¦ Testsieger bei den Akku-Staubsaugern 2026',
    'performance ¦ Lasts longer than any other AA battery we tested.',
  ],
  [
    ['performance ¦ Lasts 20 hours on one charge at 50% volume.', 'substantiation'],
    ['performance ¦ 30% lighter than our previous model, the Ridge 2.', 'substantiation'],
    ['performance ¦ Dries in 30 minutes at 20 °C.', 'substantiation'],
    ['performance ¦ Keine Zusatzstoffe, nur Hafer und Wasser.', 'substantiation'],
    ['performance ¦ Keiner unserer Tester hat nach 300 km Blasen bekommen.', 'substantiation'],
    ['performance ¦ No one-size-fits-all plans: pick the speed you need.', 'substantiation'],
    ['performance ¦ Une dose par personne suffit pour 24 heures.', 'substantiation'],
    ['performance ¦ Aucune trace après séchage sur verre et inox.', 'substantiation'],
    ['performance ¦ Ningún cable: se conecta por Bluetooth en segundos.', 'substantiation'],
    ['performance ¦ Nadie en casa notará el ruido: 38 dB en modo noche.', 'substantiation'],
    [
      'performance ¦ Carga el 50 % en 20 minutos, el doble de rápido que el modelo de 2025.',
      'substantiation',
    ],
    ['pricing ¦ Prix le plus bas des 30 derniers jours : 89 €.', 'pricing'],
    ['health ¦ The best-studied form of magnesium for sleep.', 'health'],
  ],
);

bank(
  'a comparison with the whole field ("than any other", "no brand sells more") is a superlative',
  [
    'comparative ¦ More families in Wales shop with Pennant than with any other grocer.',
    'comparative ¦ Rated higher than any other meal kit on Trustpilot.',
    'comparative ¦ No broadband provider in Leeds connects you faster than Aire.',
    'comparative ¦ None of the big four banks pays more interest than Harbour.',
    'comparative ¦ Nobody in Dublin delivers sooner than Zipp.',
    'comparative ¦ Just as strong as any other tape on the shelf.',
    'comparative ¦ Keine Matratze wird in Österreich häufiger gekauft als die Alpina.',
    'comparative ¦ Kein anderer Anbieter in Bayern liefert schneller.',
    'comparative ¦ Günstiger als jeder andere Stromanbieter in Berlin.',
    'comparative ¦ Aucune banque en ligne ne rembourse plus vite que Nova.',
    'comparative ¦ Moins cher que toutes les autres box internet.',
    'comparative ¦ Ningún gimnasio de Sevilla tiene más máquinas que FitSur.',
    'comparative ¦ Más barato que cualquier otra compañía de fibra.',
    'comparative ¦ Nadie en Valencia entrega antes que Rayo.',
  ],
  [
    ['comparative ¦ Faster than BT Fibre 2 on the same street.', 'comparative'],
    ['comparative ¦ No contract, and cheaper than Sky Broadband.', 'comparative'],
    ['comparative ¦ No fees and faster than Virgin Media.', 'comparative'],
    ['comparative ¦ Twice as fast as the Dyson V8 in our suction test.', 'comparative'],
    ['comparative ¦ Keine Grundgebühr und günstiger als die Telekom.', 'comparative'],
    ['comparative ¦ 30 % mehr Saugleistung als der Vorgänger S7.', 'comparative'],
    ['comparative ¦ Plus léger que le Cime 20 de 2024.', 'comparative'],
    ['comparative ¦ Moins cher que Free sur la fibre 1 Gb/s.', 'comparative'],
    ['comparative ¦ Más barata que Mercadona y Consum en la cesta básica.', 'comparative'],
    ['comparative ¦ La cuota es 10 € menos que en Fuerza Club.', 'comparative'],
    ['comparative ¦ Better battery life than the Pixel 9, tested by Which?', 'comparative'],
    ['comparative ¦ Costs $15/mo less than Northline Unlimited 60.', 'comparative'],
    ['comparative ¦ 1,20 € weniger pro Portion als bei FrischFix.', 'comparative'],
  ],
);

/**
 * Stop 30 review: "nobody … better" ranks the brand only when the other side is not the reader. "Nobody
 * knows your garden better than you" compliments the reader and claims nothing; "nobody makes coffee better
 * than us" and "no one beats our prices" still rank the brand against the whole field.
 */
bank(
  'the whole field against the brand ranks it; against the reader it is a compliment',
  [
    'general ¦ Nobody makes coffee better than us.',
    'comparative ¦ No one beats our prices.',
    'general ¦ Nobody gives you more for your money than we do.',
    'general ¦ No roaster in Leeds knows coffee better than we do.',
    'general ¦ Niemand backt Brot besser als wir.',
    'general ¦ Kein Bäcker in Köln backt besser als wir.',
    'general ¦ Personne ne torréfie le café mieux que nous.',
    'general ¦ Nadie cuida de tu jardín como nosotros.',
  ],
  [
    ['general ¦ Nobody knows your garden better than you.', undefined],
    ['performance ¦ No one knows your skin better than you do.', 'substantiation'],
    ['general ¦ Nobody cares for your lawn more lovingly than you.', undefined],
    ['general ¦ No gardener knows your garden better than you.', undefined],
    ['general ¦ Niemand kennt Ihren Garten besser als Sie.', undefined],
    ['general ¦ Kein Gärtner kennt deinen Garten besser als du.', undefined],
    ['general ¦ Personne ne connaît votre jardin mieux que vous.', undefined],
    ['general ¦ Nadie conoce tu jardín como tú.', undefined],
  ],
);

describe('the categories a ranking reads are the rulebook’s (policy.ranking.categories)', () => {
  it('a category the policy leaves out keeps its own topic', () => {
    const only = ranking && { ...ranking, categories: ['general' as const] };
    const c: Claim = {
      id: 'c',
      text: 'The fastest fibre in Scotland.',
      category: 'performance',
      evidence: [],
    };
    expect(claimTopic(c, topics, only)).toBe('substantiation');
    expect(claimTopic({ ...c, category: 'general' }, topics, only)).toBe('superlatives');
  });
});
