import type { HandoffPackage } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 25, the dev half of 240 problem lines written blind (one problem each, judged alone): wording the
 * codes name that the rules did not read. Paraphrased here, so a test holds the kind, not the line.
 */
const sells = (category: 'alcohol' | 'gambling' | 'children-product') => (p: HandoffPackage) => {
  p.product = { categories: [category] };
  if (category === 'children-product') p.audience.primary = 'Children aged 6 to 11 and their parents';
  else p.audience.minAge = 18;
};

describe('alcohol: success, courage, speed and the car, in four languages', () => {
  it.each([
    [
      'alcohol.success-claims',
      'en',
      'Big interview Monday? One Glenmoor whisky tonight and you’ll own that room.',
      'own that room',
    ],
    [
      'alcohol.success-claims',
      'de',
      'Mit unserem Doppelbock braucht keiner Mut – der kommt von allein.',
      'braucht keiner Mut',
    ],
    [
      'alcohol.success-claims',
      'fr',
      'Ce soir on trinque au champagne, demain on décroche la promo.',
      'décroche la promo',
    ],
    [
      'alcohol.excessive',
      'de',
      'Wer die Maß am schnellsten leert, trinkt gratis weiter! Unser Festbier.',
      'Wer die Maß am schnellsten leert',
    ],
    [
      'alcohol.excessive',
      'en',
      'Super Strength lager: twice the kick, half the price per buzz.',
      'twice the kick',
    ],
    [
      'alcohol.driving',
      'es',
      'Ginebra Marea, el copiloto perfecto de tus escapadas.',
      'copiloto perfecto de tus escapadas',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, sells('alcohol'), language)).toContain(quote);
  });
  it.each([
    [
      'alcohol.driving',
      'fr',
      'Nos vins livrés chez vous en voiture électrique, à consommer avec modération.',
    ],
    ['alcohol.success-claims', 'en', 'Our brewery’s promotion ends Sunday: two crates for $30.'],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, sells('alcohol'), language)).toEqual([]);
  });
});

describe('gambling: paycheck to paycheck, chasing the minus, forgetting everything, a bonus without terms', () => {
  it.each([
    [
      'gambling.money-problems',
      'en',
      'Living paycheck to paycheck? Spin the reels tonight.',
      'paycheck to paycheck',
    ],
    [
      'gambling.money-problems',
      'de',
      'Verloren? Setz einfach doppelt, dann ist das Minus weg.',
      'Setz einfach doppelt',
    ],
    ['gambling.escape', 'es', 'Olvídate de todo con nuestras tragaperras.', 'Olvídate de todo'],
    [
      'gambling.bonus-terms',
      'fr',
      '50 € offerts sur votre premier pari ! Inscrivez-vous.',
      '50 € offerts sur votre premier pari',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, sells('gambling'), language)).toContain(quote);
  });
  it('the bonus with its terms in the line passes', () => {
    const copy = '50 € offerts sur votre premier pari. Conditions : mise minimum 10 €, cote 1,5.';
    expect(quotes('gambling.bonus-terms', copy, sells('gambling'), 'fr')).toEqual([]);
  });
});

describe('pricing, finance, children, health', () => {
  it.each([
    ['pricing.reference-price', 'en', 'LED face mask: a $499 value, yours today for $79.', 'a $499 value'],
    [
      'pricing.from-price-fees',
      'de',
      'Mietwagen ab 5 € pro Tag – zzgl. Servicegebühr und Vollkasko.',
      'Mietwagen ab 5 €',
    ],
    [
      'regulated.finance-returns',
      'en',
      'Earn a guaranteed 12% a year with our property bonds.',
      'guaranteed 12% a year',
    ],
    [
      'regulated.finance-returns',
      'es',
      'Nuestros clientes ganan de media un 25% al mes.',
      'ganan de media un 25% al mes',
    ],
    [
      'regulated.finance-returns',
      'de',
      'Unser Algorithmus schlägt den DAX jedes Jahr.',
      'schlägt den DAX jedes Jahr',
    ],
    ['regulated.health-disease', 'es', 'Champú Forte: frena la alopecia en semanas.', 'frena la alopecia'],
    [
      'regulated.health-disease',
      'de',
      'Unsere Creme: die Lösung bei Neurodermitis.',
      'Lösung bei Neurodermitis',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  it('German plural imperatives to the parents', () => {
    const copy = 'Hey Kids! Sagt Mama und Papa, dass ihr den Dino-Roboter braucht!';
    expect(quotes('children.direct-exhortation', copy, sells('children-product'), 'de')).toEqual([
      'Sagt Mama',
    ]);
  });
  it.each([
    ['pricing.from-price-fees', 'es', 'Habitaciones desde 79 € la noche, desayuno incluido.'],
    ['regulated.finance-returns', 'en', 'Earn 3% per month in cashback on fuel.'],
    ['regulated.health-disease', 'de', 'Gutschein gegen Vorlage dieser Anzeige: ein Kaffee gratis.'],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).toEqual([]);
  });
});

describe('urgency: confirmshaming and countdowns on a price', () => {
  it.each([
    [
      'urgency.confirmshaming',
      'en',
      '20% off? [Yes please] [No thanks, I’d rather pay full price]',
      'No thanks, I’d rather pay full',
    ],
    [
      'urgency.confirmshaming',
      'de',
      '10 % sparen? [Ja] [Nein danke, ich zahle lieber mehr]',
      'Nein danke, ich zahle lieber',
    ],
    [
      'urgency.confirmshaming',
      'fr',
      '[Oui !] [Non merci, je préfère payer plein tarif]',
      'Non merci, je préfère payer',
    ],
    ['urgency.deadline', 'es', 'Oferta flash: esta tarifa caduca en 04:59.', 'caduca en 04:59'],
    [
      'urgency.deadline',
      'en',
      'Your discounted seat is reserved for 15 minutes.',
      'discounted seat is reserved for 15 minutes',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  it('a neutral no is no shaming', () => {
    expect(quotes('urgency.confirmshaming', 'Get 10% off? [Yes please] [No thanks]')).toEqual([]);
  });
});

describe('comparisons and stereotypes', () => {
  it.each([
    ['claim.competitor-comparison', 'fr', 'Plus rapide qu’Uber Eats, promis.', 'Plus rapide qu’Uber'],
    [
      'claim.competitor-comparison',
      'en',
      'Why pay for Spotify when StreamWave costs less?',
      'Why pay for Spotify',
    ],
    [
      'claim.competitor-comparison',
      'fr',
      'L’équivalent de La Vie est Belle, pour 9,90 €.',
      'L’équivalent de La',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  const warn = (copy: string, language: string) =>
    findings(withCopy(copy, 'social-organic', 'caption', { language }), contract3())
      .filter((f) => f.ruleId === 'inclusive.stereotype')
      .map((f) => f.quote);
  it.each([
    ['en', 'So easy, even a woman can park it.', 'So easy, even a woman'],
    ['de', 'So einfach, dass sogar Oma es versteht.', 'So einfach, dass sogar Oma'],
    ['es', 'Tan fácil que hasta una mujer puede montarlo.', 'Tan fácil que hasta una mujer'],
  ])('%s: %s', (language, copy, quote) => {
    expect(warn(copy, language)).toContain(quote);
  });
  it('a grandmother who can book online is no stereotype', () => {
    expect(warn('Our app is simple for everyone, from teens to grandmas.', 'en')).toEqual([]);
  });
});

describe('the second round of problem lines (dev half), paraphrased', () => {
  it.each([
    [
      'alcohol.excessive',
      'de',
      'Fünf Kurze in fünf Minuten – das schnellste Team trinkt gratis.',
      'Fünf Kurze in fünf Minuten',
      'alcohol',
    ],
    [
      'alcohol.success-claims',
      'en',
      'She didn’t even look at you until you ordered the rum.',
      'She didn’t even look at you until',
      'alcohol',
    ],
    [
      'alcohol.youth-appeal',
      'es',
      'Vodka sabor chuche para el fin de curso con los del insti.',
      'fin de curso',
      'alcohol',
    ],
    [
      'alcohol.health-claim',
      'de',
      'Ein Magenbitter nach dem Essen, und der Blutdruck passt wieder.',
      'Blutdruck',
      'alcohol',
    ],
    [
      'gambling.money-problems',
      'en',
      'Rent due Friday? A few spins could sort it before the landlord does.',
      'Rent due',
      'gambling',
    ],
    [
      'gambling.social-status',
      'es',
      'Los cobardes apuestan al empate. Apuestas deportivas.',
      'Los cobardes apuestan',
      'gambling',
    ],
    [
      'gambling.bonus-terms',
      'en',
      'Your first bet’s on us at our sportsbook!',
      'first bet’s on us',
      'gambling',
    ],
  ] as const)('%s (%s): %s', (ruleId, language, copy, quote, category) => {
    expect(quotes(ruleId, copy, sells(category), language)).toContain(quote);
  });
  it.each([
    [
      'regulated.finance-returns',
      'en',
      'Lock in 15% APY on stablecoins, so zero volatility.',
      'zero volatility',
    ],
    ['regulated.health-disease', 'fr', 'Nos gummies stoppent l’alopécie en 3 mois.', 'stoppent l’alopécie'],
    [
      'pricing.from-price-fees',
      'en',
      'London rooms from £59/night. A £25 per night amenity fee applies.',
      'rooms from £59',
    ],
    [
      'regulated.environmental',
      'de',
      'Klimaneutrales Heizöl, ausgeglichen über Waldschutzprojekte.',
      'Klimaneutrales',
    ],
    ['claim.competitor-comparison', 'fr', 'Meilleur que Milka, tout le monde le dit.', 'Meilleur que Milka'],
    [
      'urgency.deadline',
      'en',
      'Timer ran out? We’ve reset the clock for another 15 minutes on your 60% off.',
      'reset the clock',
    ],
    [
      'urgency.confirmshaming',
      'es',
      '[Quiero mi descuento] [No, prefiero seguir pagando de más]',
      'No, prefiero seguir pagando',
    ],
    [
      'inclusive.job-ad-age',
      'en',
      'Head Chef wanted: a young gun, ideally under 35, to run the pass.',
      'wanted',
    ],
    [
      'inclusive.disability-wording',
      'en',
      'Despite her wheelchair, Priya never lets her disability hold her back.',
      'Despite her wheelchair',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  it.each([
    ['regulated.finance-returns', 'en', 'We deliver no matter what the weather does.'],
    ['inclusive.job-ad-sex', 'en', 'We’re hiring! A rockstar salesman for our trade-show booth.'],
    ['pricing.from-price-fees', 'en', 'Rooms from £59/night, all fees included.'],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).toEqual([]);
  });
});
