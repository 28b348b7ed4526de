import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 25: the categories the alcohol and gambling codes name, read in four languages rather than as the one
 * phrase a case used: a drink that thanks your heart or cures a Monday (CAP 18.6, loi Évin), a drink that
 * makes the party or the career (CAP 18.3), betting as the answer to January's bills (CAP 16.3.1), as the mark
 * of those who know (16.3.6) or as the break from exams (16.3.3, gambling.escape).
 */
describe('alcohol.health-claim: organs, cures and stress relief, with the legal warning beside them', () => {
  it.each([
    [
      'fr',
      'Un verre de vin rouge, et votre cœur vous dira merci. L’abus d’alcool est dangereux pour la santé.',
      'cœur vous dira merci',
    ],
    ['en', 'Our small-batch gin, the Sunday cure. 40% ABV. Drink responsibly.', 'the Sunday cure'],
    ['en', 'Six calming botanicals in every bottle of gin to melt the stress away.', 'calming botanicals'],
    ['es', 'Nuestro vino tinto, bueno para tu corazón y rico en polifenoles.', 'para tu corazón'],
    ['de', 'Unser Kräuterlikör – das Heilmittel nach dem Festessen.', 'Heilmittel'],
  ])('%s: %s', (language, copy, quote) => {
    expect(quotes('alcohol.health-claim', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'A dry gin with heart: juniper and citrus from the heart of the Highlands. 40% ABV.'],
    ['en', 'Salt-cured ham and a glass of Rioja: the wine bar’s Friday plate.'],
    ['fr', 'Un vin rouge du cœur de la Bourgogne, à découvrir avec modération.'],
    ['de', 'Weingut am Herzen der Pfalz: unser Riesling zum Spargel.'],
  ])('%s passes: %s', (language, copy) => {
    expect(quotes('alcohol.health-claim', copy, undefined, language)).toEqual([]);
  });
});

describe('alcohol.success-words: the drink that makes the party or the career', () => {
  it.each([
    [
      'de',
      'Erst das Bier, dann die Party. Unser Festbier – und du bist der, den alle wieder einladen.',
      'den alle wieder einladen',
    ],
    [
      'fr',
      'Débouchez notre cidre et la soirée décolle enfin. L’abus d’alcool est dangereux pour la santé.',
      'la soirée décolle',
    ],
    [
      'en',
      'Bring the hard seltzer and be the one everyone invites back. Drink responsibly.',
      'the one everyone invites',
    ],
    [
      'en',
      'This bourbon got me the promotion. The secret to my success? A bottle on the boss’s desk.',
      'got me the promotion',
    ],
    ['es', 'La cerveza que te convierte en el alma de la fiesta.', 'el alma de la fiesta'],
  ])('%s: %s', (language, copy, quote) => {
    expect(quotes('alcohol.success-words', copy, undefined, language)).toContain(quote);
  });

  it.each([
    ['en', 'Level up your home bar: three gin cocktails for the weekend. Drink responsibly.'],
    ['en', 'How I became a brewer: our founder’s story, and the lager that started it.'],
    ['en', 'Our beer promotion ends Sunday: two crates for $30. 21+ only.'],
    ['fr', 'Mon secret pour un bon kir : une crème de cassis de Bourgogne. À consommer avec modération.'],
    ['es', 'Tras el ascenso al Teide, una cerveza sin alcohol en el refugio.'],
  ])('%s passes: %s', (language, copy) => {
    expect(quotes('alcohol.success-words', copy, undefined, language)).toEqual([]);
  });
});

describe('a German compound names the drink (Festbier, Kräuterlikör, Glühwein), not malt beer or a pig', () => {
  it('reads Festbier as alcohol', () => {
    expect(
      quotes('alcohol.success-words', 'Mit unserem Festbier bist du der Star des Abends.', undefined, 'de'),
    ).toEqual(['Star des Abends']);
  });
  it.each([
    'Mit unserem Malzbier bist du der Star des Abends – ganz ohne Alkohol.',
    'Schweinebraten vom Grill: der Star des Abends auf jedem Gartenfest.',
  ])('passes %s', (copy) => {
    expect(quotes('alcohol.success-words', copy, undefined, 'de')).toEqual([]);
  });
});

describe('gambling: money worries, status and escape in four languages', () => {
  it.each([
    [
      'gambling.money-problems',
      'es',
      '¿Cuesta de enero? Apuesta en la Champions y que la pague la Champions. +18.',
      'Cuesta de enero',
    ],
    [
      'gambling.money-problems',
      'en',
      'Bet on the derby this weekend and help make ends meet. 18+ BeGambleAware.',
      'make ends meet',
    ],
    [
      'gambling.money-problems',
      'de',
      'Mit Sportwetten übers Januarloch: jetzt Wette platzieren. 18+',
      'Januarloch',
    ],
    [
      'gambling.social-status',
      'es',
      'Los que saben de fútbol, apuestan. Apuestas deportivas en la app. +18',
      'Los que saben de fútbol, apuestan',
    ],
    [
      'gambling.social-status',
      'en',
      'Those who know, bet. Place your bet on the final tonight. 18+',
      'Those who know, bet',
    ],
    [
      'gambling.escape',
      'es',
      '¿Harto de los apuntes? Tómate un respiro con una ruleta en nuestro casino. +18',
      'Tómate un respiro',
    ],
    [
      'gambling.escape',
      'en',
      'Take a break from revision with ten spins on our slots. 18+ T&Cs apply.',
      'Take a break from revision',
    ],
    [
      'gambling.escape',
      'de',
      'Prüfungsstress? Ab ins Online-Casino, dreh am Roulette! 18+',
      'Prüfungsstress',
    ],
    [
      'gambling.escape',
      'fr',
      'Oubliez vos soucis avec nos paris sportifs ce week-end. 18+',
      'Oubliez vos soucis',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });

  it.each([
    [
      'gambling.escape',
      'en',
      'Our casino is closed during the exam season at the university next door? No: open daily, 18+.',
    ],
    ['gambling.escape', 'fr', 'Le casino de Pau vous accueille tous les soirs. 18+ Jouez avec modération.'],
    [
      'gambling.escape',
      'es',
      'Estudiando las cuotas del Clásico: nuestra previa del domingo. +18 Juega con responsabilidad.',
    ],
    ['gambling.money-problems', 'en', 'Let us pay for your first bet: a £10 free bet, T&Cs apply. 18+'],
    ['gambling.social-status', 'en', 'The rest of the card: odds for every race at Cheltenham. 18+'],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).toEqual([]);
  });
});

describe('inclusive language: words a product ad uses of things, not people, are a note, not a warning', () => {
  const problems = (copy: string) => {
    const pkg = withCopy(copy, 'social-organic', 'caption');
    return findings(pkg, contract3()).filter(
      (f) =>
        f.ruleId.startsWith('inclusive') && f.severity !== 'info' && f.pointer.startsWith('/channels/1/'),
    );
  };
  it.each([
    'Master low-and-slow brisket in one Saturday with our head pitmaster.',
    'Hang out with us at the pop-up this weekend.',
    'Straightforward pricing, fine workmanship, man-made fibres that last.',
    'Our spring detox juice and a garden spade for every new member.',
    'Book the maiden voyage of our new river cruise.',
  ])('no warning: %s', (copy) => {
    expect(problems(copy)).toEqual([]);
  });
  it.each([
    ['Our whitelist gets early access.', 'whitelist'],
    ['Step-free rooms for guests confined to a wheelchair.', 'confined to a wheelchair'],
  ])('still warns: %s', (copy, quote) => {
    expect(problems(copy).map((f) => f.quote)).toContain(quote);
  });
});

describe('inclusive.job-ad-age: an age limit without "Jahre", a verb between "verstärke" and "unser Team"', () => {
  it('blocks "nicht älter als 30"', () => {
    const copy =
      'Verstärke als Verkäufer (Vollzeit) unser Team! Idealerweise bist du nicht älter als 30, sportlich.';
    expect(quotes('inclusive.job-ad-age', copy, undefined, 'de')).toHaveLength(1);
  });
  it.each([
    'Verstärke als Aushilfe unser Team: Schichten nicht länger als 30 Minuten am Stück, Rabatt bis 30 €.',
    'Verstärke unser Team im Lager: Pakete nicht schwerer als 30 kg.',
  ])('passes %s', (copy) => {
    expect(quotes('inclusive.job-ad-age', copy, undefined, 'de')).toEqual([]);
  });
});
