import type { Claim } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** The contract packages name today (marketing-default@1.2.0 + marketing-topics@1.1.0). */
const contract = () => publishingContract('1.0.0');

const on = (copy: string, language = 'en', channel: Parameters<typeof withCopy>[1] = 'social-organic') =>
  withCopy(copy, channel, 'caption', { language });
const fired = (ruleId: string, copy: string, language = 'en') => hits(on(copy, language), ruleId, contract());

describe('urgency: counts written in words are counts (UCPD Annex I 7, CAP 3.31)', () => {
  it.each([
    ['urgency.deadline', 'en', 'Only two days left to save 30%.'],
    ['urgency.deadline', 'en', 'The sale ends in three hours.'],
    ['urgency.deadline', 'en', 'The clock is ticking on 20% off.'],
    ['urgency.deadline', 'es', 'Quedan dos días para el 20 % de descuento.'],
    ['urgency.deadline', 'de', 'Nur noch zwei Tage: 20 % auf alles.'],
    ['urgency.deadline', 'fr', 'Plus que deux jours pour profiter de -20 %.'],
    ['urgency.scarcity', 'en', 'Only three left in stock!'],
    ['urgency.scarcity', 'en', 'Just a handful of seats left for the tasting.'],
    ['urgency.scarcity', 'en', 'These boots are flying off the shelves.'],
    ['urgency.scarcity', 'es', 'Solo quedan dos unidades.'],
    ['urgency.scarcity', 'de', 'Nur noch zwei Stück auf Lager.'],
    ['urgency.scarcity', 'fr', 'Il ne reste que deux pièces.'],
  ])('%s blocks “%s” (%s)', (ruleId, language, copy) => {
    expect(fired(ruleId, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    'Two left turns and you are at the shop.',
    'Ships in two days, free returns for thirty days.',
    'One size fits most; three colours available.',
  ])('leaves “%s” alone', (copy) => {
    expect(fired('urgency.deadline', copy)).toEqual([]);
    expect(fired('urgency.scarcity', copy)).toEqual([]);
  });
});

describe('endorsements: a result in words is a result (16 CFR 255.2(b))', () => {
  const post = (copy: string) =>
    hits(on(copy, 'en', 'influencer'), 'endorsement.atypical-result', contract());
  it('flags earnings written in words without what is typical', () => {
    expect(post('#ad I made twelve thousand dollars in my first month with the course.')).toHaveLength(1);
    expect(post('#ad I earned six figures in year one.')).toHaveLength(1);
  });
  it('leaves the same result alone when typical results are stated', () => {
    expect(
      post('#ad I made twelve thousand dollars in my first month. Typical students earn $300 in month one.'),
    ).toEqual([]);
  });
});

describe('gambling and alcohol: the CAP 16.3 and 18 themes beyond money and youth', () => {
  it.each([
    ['gambling.money-problems', 'en', 'Down on your bets? One more spin and win it back.'],
    ['gambling.money-problems', 'es', 'Recupera lo perdido con una apuesta más.'],
    ['gambling.money-problems', 'de', 'Verluste zurückholen mit Sportwetten.'],
    ['gambling.money-problems', 'fr', 'Paris sportifs : rattrapez vos pertes ce soir.'],
    ['gambling.social-status', 'en', 'Feel like a legend at the casino tonight.'],
    ['gambling.social-status', 'en', 'Outsmart the bookies with our betting app.'],
    ['alcohol.success-words', 'en', 'Our bourbon: fearless since 1890.'],
    ['alcohol.success-words', 'en', 'A cold lager before your shift.'],
    ['alcohol.success-words', 'de', 'Bier gegen Langeweile.'],
  ])('%s fires on “%s” (%s)', (ruleId, language, copy) => {
    expect(fired(ruleId, copy, language)[0]?.severity).toBe('block');
  });

  it.each([
    ['gambling.money-problems', 'Set a deposit limit before you bet. Never chase losses.'],
    ['gambling.social-status', 'Casino nights with friends, 18+ only. Please gamble responsibly.'],
    ['alcohol.success-claims', 'A crisp lager brewed with Kentish hops. Drink responsibly.'],
  ])('%s leaves “%s” alone', (ruleId, copy) => {
    expect(fired(ruleId, copy)).toEqual([]);
  });
});

describe('urgency: an unstated "limited time" is a very limited time (UCPD Annex I 7)', () => {
  it.each([
    ['en', 'For a limited time: 25% off every mattress.'],
    ['en', 'Flash sale on all rain jackets.'],
    ['es', 'Por tiempo limitado: 2x1 en zapatillas.'],
    ['de', 'Nur für kurze Zeit: 20 % auf Jacken.'],
    ['fr', 'Vente flash sur les vestes.'],
  ])('blocks “%s” (%s)', (language, copy) => {
    expect(fired('urgency.deadline', copy, language)[0]?.severity).toBe('block');
  });
  it('leaves a limited edition alone', () => {
    expect(fired('urgency.deadline', 'A limited edition print, signed by the artist.')).toEqual([]);
  });
});

describe('health: symptoms and diseases a supplement may not claim to treat (21 CFR 101.93(g))', () => {
  it.each([
    ['en', 'Our herbal drops clear up psoriasis in weeks.'],
    ['en', 'Say goodbye to headaches with Calmleaf tea.'],
    ['en', 'Ward off allergies all spring.'],
    ['es', 'Alivia el dolor de espalda.'],
  ])('blocks “%s” (%s)', (language, copy) => {
    expect(fired('regulated.health-disease', copy, language)[0]?.severity).toBe('block');
  });
  it.each([
    'This tea does not cure headaches; see your doctor if they persist.',
    'Stops at every station between Leeds and York.',
  ])('leaves “%s” alone', (copy) => {
    expect(fired('regulated.health-disease', copy)).toEqual([]);
  });
});

describe('environmental: general benefit claims in any wording (16 CFR 260.4; EU 2024/825)', () => {
  it.each([
    ['en', 'Bottles that are kind to the planet.'],
    ['en', 'Zero-emission delivery on every order.'],
    ['es', 'Envases amigables con el medio ambiente.'],
    ['de', 'Umweltschonende Verpackung.'],
    ['fr', 'Un emballage écoresponsable.'],
  ])('flags “%s” (%s)', (language, copy) => {
    expect(fired('regulated.environmental', copy, language).length).toBeGreaterThan(0);
  });
  it('leaves a kind word to customers alone', () => {
    expect(fired('regulated.environmental', 'Be kind to your feet this winter.')).toEqual([]);
  });
});

describe('endorsements: an employee’s praise discloses the job (16 CFR 255.5)', () => {
  const post = (copy: string, tension: string) => {
    const pkg = on(copy);
    pkg.story.tension = tension;
    return hits(pkg, 'endorsement.employee-connection', contract());
  };
  const staff = 'The post runs from the personal account of Jess R., head of growth at Pennywise.';
  it('blocks an employee’s first-person praise that does not say she works there', () => {
    expect(post('Honestly the best budgeting app I have ever used.', staff)[0]?.severity).toBe('block');
  });
  it('leaves it alone when the post says so, or when nobody in it works for the brand', () => {
    expect(
      post('I work at Pennywise, and honestly it is the best budgeting app I have used.', staff),
    ).toEqual([]);
    expect(post('Honestly the best budgeting app I have ever used.', 'Customers share their wins.')).toEqual(
      [],
    );
  });
});

describe('a deadline whose evidence shows the same deal coming back (CMA urgency letter, 2023)', () => {
  const claim: Claim = {
    id: 'c',
    text: 'Sale ends midnight: 40% off sofas.',
    category: 'pricing',
    evidence: [],
  };
  it.each([
    'The Winter Sale (40% off) ends 2027-02-21 and the Spring Sale (40% off the same sofas) starts 2027-02-22.',
    'Ends 21 February, followed by the Spring Sale on the whole range.',
    'La oferta termina el 21 y es sustituida por otra promoción igual.',
  ])('reads “%s” as contradicting it', (summary) => {
    expect(contradicts(claim, summary)).toBe(true);
  });
  it('leaves a real end with a different successor alone', () => {
    expect(contradicts(claim, 'The 40% sale ends 2027-02-21 23:59; full prices from 2027-02-22.')).toBe(
      false,
    );
  });
});
