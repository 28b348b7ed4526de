import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 29-c, a ranking noun that names the rival. CAP's guide to comparative advertising: a comparison
 * with "the market leader" identifies a competitor (CAP 3.33-3.37, Directive 2006/114/EC art. 2(c)); it
 * is a comparison to substantiate, not the advertiser's own claim to lead the market. `claim.superlative`
 * read "Marktführer" in "1,20 € weniger als beim Marktführer" as the brand's superlative. The guard reads
 * the nouns (Testsieger, Marktführer, market leader, leader du marché, líder del mercado) after a
 * comparison word (than, against, unlike, als, gegenüber, que, que chez, face à, comparé à, frente a, comparado
 * con, vs, the price of, switching from) as the rival. A bare "from", "of" or "chez" compares nothing: "Home
 * insurance from the market leader" is the brand's own claim (stop 30 review). Lines are our own. Not covered:
 * "moins cher que le leader du marché" and "más barato que el líder del mercado", which a second reading of the
 * rule (a comparative against the whole market) still takes.
 */
const RULE = 'claim.superlative';
const lang = (line: string) => line.slice(0, 2);
const copy = (line: string) => line.slice(4);

describe('the brand calls itself the leader or the test winner', () => {
  it.each([
    'en: The market leader in pet insurance, now with vet video calls.',
    'en: Market leader in home broadband across the North West.',
    'en: Why 2 million drivers choose the market-leader in dashcams.',
    'de: Wir sind Marktführer für Mähroboter in Bayern.',
    'de: Seit 1998 Marktführer bei Gartenmöbeln.',
    'de: Testsieger 2026 – der Wasserkocher, der einfach kocht.',
    'de: Unser Testsieger-Toaster ist wieder da.',
    'fr: Le leader du marché de la fibre, près de chez vous.',
    'fr: Leader du marché des matelas depuis 20 ans.',
    'es: Líder del mercado en colchones viscoelásticos.',
    'es: Somos el líder del mercado en seguros para mascotas.',
    'es: Más de 10 años como líder del mercado de la fibra en Murcia.',
    'en: Home insurance from the market leader, now with 24/7 claims.',
    'en: Get a quote from the market leader in van insurance.',
    'en: Every policy has the backing of the market leader.',
    'de: Gartenmöbel vom Marktführer, direkt ab Lager.',
    'fr: Votre assurance habitation chez le leader du marché.',
  ])('%s', (line) => {
    expect(quotes(RULE, copy(line), undefined, lang(line)).length).toBeGreaterThan(0);
  });
});

describe('the ranking noun names the rival the brand compares with', () => {
  it.each([
    'en: Half the price of the market leader, with the same 4K panel.',
    'en: 30% cheaper than the market leader on a like-for-like basket.',
    'en: Tested against the market leader: 2 hours more battery.',
    'en: Our plan vs. the market leader: same data, £8 less.',
    'en: Switching from the market leader takes five minutes.',
    'de: 1,20 € weniger pro Portion als beim Marktführer.',
    'de: Günstiger als der Testsieger von 2025.',
    'de: Im Vergleich gegenüber dem Marktführer sparen Sie 15 %.',
    'de: Leiser als der Marktführer, bei gleicher Saugkraft.',
    'fr: Face au leader du marché, 5 € de moins par mois.',
    'fr: Comparé au leader du marché : même débit, 5 € de moins.',
    'es: Comparado con el líder del mercado, pesa 200 g menos.',
    'es: Frente al líder del mercado, 2 horas más de batería.',
    'en: Unlike the market leader, we never charge for paper bills.',
    'en: Compared with the market leader, our router uses 30% less power.',
    'fr: 5 € de moins par mois que chez le leader du marché.',
  ])('%s', (line) => {
    expect(quotes(RULE, copy(line), undefined, lang(line))).toEqual([]);
  });
});
