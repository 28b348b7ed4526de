import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** Judgment round 6, claims: market-wide comparisons and ordinals that are not rankings (marketing-default@1.2.0). */
const contract = () => publishingContract('1.1.0');

const on = (copy: string, language = 'en') => withCopy(copy, 'social-paid', 'caption', { language });
const fired = (ruleId: string, copy: string, language = 'en') => hits(on(copy, language), ruleId, contract());
const spans = (ruleId: string, copy: string, language = 'en') =>
  fired(ruleId, copy, language).map((f) => (f.span ? copy.slice(f.span[0], f.span[1]) : '<no span>'));

describe('claim.superlative: a measurable comparison with every other product is a market claim (CAP 3.33)', () => {
  it.each([
    ['en', 'Our kettle boils faster than any other kettle on sale.', 'faster than any other'],
    ['en', 'It charges quicker than anything else in its class.', 'quicker than anything else'],
    ['en', 'Longer-lasting than any other battery we know of.', 'Longer-lasting than any other'],
    ['es', 'Un secador más rápido que cualquier otro.', 'más rápido que cualquier otro'],
    ['es', 'Una batería más larga que ninguna otra.', 'más larga que ninguna otra'],
    ['de', 'Der Akku hält länger als jeder andere in seiner Klasse.', 'länger als jeder andere'],
    ['de', 'Leiser als alle anderen Staubsauger.', 'Leiser als alle anderen'],
    ['fr', 'Un aspirateur plus silencieux que tous les autres.', 'plus silencieux que tous les autres'],
    ['fr', 'Une autonomie plus longue que toutes les autres.', 'plus longue que toutes les autres'],
  ])('fires on %s “%s”', (language, copy, span) => {
    expect(spans('claim.superlative', copy, language)).toEqual([span]);
  });
});

describe('claim.superlative: "#1" that numbers a rule, a step or an episode is not a ranking', () => {
  it.each([
    ['en', 'The #1 rule of movie night: never skip the popcorn.'],
    ['en', 'Our #1 tip for summer: drink more water.'],
    ['en', 'Step #1: preheat the oven to 180°C.'],
    ['en', 'Episode #1 of our podcast drops Tuesday.'],
    ['en', 'Blend No. 1 is our house coffee, roasted in small batches.'],
    ['en', 'Get the #1 Dad mug for Father’s Day.'],
    ['es', 'La regla número 1 del verano: protector solar.'],
    ['es', 'Paso número 1: precalienta el horno.'],
    ['de', 'Tipp Nr. 1 für den Herbst: warme Socken.'],
    ['de', 'Folge Nr. 1 unseres Podcasts ist online.'],
    ['fr', 'Conseil n° 1 : dormez bien ce week-end.'],
    ['fr', 'Étape n° 1 : préchauffez le four.'],
  ])('leaves %s “%s” alone', (language, copy) => {
    expect(fired('claim.superlative', copy, language)).toEqual([]);
  });

  it.each([
    ['en', 'The #1 rated VPN in America.', '#1'],
    ['en', 'Ranked No. 1 meditation app.', 'No. 1'],
    ['en', 'The #1 fan heater brand in Britain.', '#1'],
    ['de', 'Der Geheimtipp Nr. 1 für Wanderer in Bayern.', 'Nr. 1'],
  ])('still reads %s “%s” as a ranking', (language, copy, span) => {
    expect(spans('claim.superlative', copy, language)).toContain(span);
  });
});

describe('claim.competitor-comparison: a weekday, month or holiday is not a competitor', () => {
  it.each([
    'Beat the Monday blues with a cold brew.',
    'Better than Mondays: a free coffee with every pastry.',
    'Warmer than MONDAY mornings: our new fleece.',
    'Cheaper than Black Friday and no queues: our pre-sale starts now.',
    'Sweeter than Valentine’s Day chocolates: our strawberry tart.',
    'Faster than Santa: next-day delivery until 22 December.',
  ])('leaves “%s” alone', (copy) => {
    expect(fired('claim.competitor-comparison', copy)).toEqual([]);
  });

  it.each([
    ['Beats Dyson on suction, at half the price.', 'Beats Dyson'],
    ['Cheaper than Netflix, every month.', 'Cheaper than Netflix'],
    ['Faster than the Roomba j7 on carpet.', 'Faster than the Roomba'],
  ])('still fires on “%s”', (copy, span) => {
    expect(spans('claim.competitor-comparison', copy)).toEqual([span]);
  });
});
