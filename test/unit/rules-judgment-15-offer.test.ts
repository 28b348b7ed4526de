import type { Claim, HandoffPackage } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Rounds 14 and 15 of the pricing and urgency rules: the offer record backs a deadline or a stock count it
 * makes checkable (ADR 0023); a list price alone is a price, not a comparison; "from" fares in every
 * language; a struck-through price and same-day deadlines in es/de/fr read by the contradiction check.
 * The clean package is submitted 2026-03-01 and launches 2026-04-01.
 */
const contract = () => publishingContract('3.0.0');

const fires = (ruleId: string, copy: string, edit?: (p: HandoffPackage) => void, language = 'en') => {
  const pkg = withCopy(copy, 'email', 'body', { language });
  edit?.(pkg);
  return hits(pkg, ruleId, contract()).filter((f) => f.pointer.startsWith('/channels/1/'));
};
const offer =
  (o: HandoffPackage['offer']) =>
  (p: HandoffPackage): void => {
    p.offer = o;
  };

describe('the offer record backs the deadline or the stock count it makes checkable (ADR 0023)', () => {
  const copy = 'Last call: the sale ends at midnight.';

  it('backs an undated deadline with a recorded end date, and reports none of the wording', () => {
    expect(fires('urgency.deadline', copy)).not.toEqual([]);
    expect(fires('urgency.deadline', copy, offer({ ends: '2026-04-01' }))).toEqual([]);
    expect(fires('urgency.offer-facts', copy, offer({ ends: '2026-04-01' }))).toEqual([]);
  });

  it.each([
    ['no end date', { ends: 'no-end-date' }],
    ['an end before submission', { ends: '2026-02-01' }],
    ['a countdown that restarts', { ends: '2026-04-01', timer: 'restarts' }],
    ['terms that run again', { ends: '2026-04-01', repeats: true }],
  ] as const)('does not back it with %s', (_, o) => {
    expect(fires('urgency.deadline', copy, offer({ ...o }))).not.toEqual([]);
  });

  it('a deadline the record contradicts is still blocked, by urgency.offer-facts', () => {
    expect(fires('urgency.offer-facts', copy, offer({ ends: '2026-04-30' }))).toMatchObject([
      { severity: 'block', quote: 'ends at midnight' },
    ]);
  });

  it('backs a stock count no lower than the recorded units, and nothing else', () => {
    const low = 'Only 38 seats left.';
    expect(fires('urgency.scarcity', low)).not.toEqual([]);
    expect(fires('urgency.scarcity', low, offer({ stock: 38 }))).toEqual([]);
    expect(fires('urgency.scarcity', low, offer({ stock: 'not-limited' }))).not.toEqual([]);
    expect(fires('urgency.offer-facts', low, offer({ stock: 1200 }))).toHaveLength(1);
    // Words without a count: the record says how many are left, the page shows it, a person weighs it.
    expect(fires('urgency.scarcity', 'Almost sold out! Selling fast.', offer({ stock: 38 }))).toEqual([]);
  });
});

describe('pricing.reference-price: a list price alone is the price, not a comparison', () => {
  it.each([
    'Bottled at 43% ABV in 70cl bottles (RRP £38), in shops from April.',
    'Die Kaffeemühle gibt es für UVP 129 € im Fachhandel.',
  ])('passes %j', (copy) => {
    expect(fires('pricing.reference-price', copy)).toEqual([]);
  });

  it.each(['Now £29 (RRP £38).', 'RRP £38, now 25% off.', 'UVP 129 € – jetzt -20 %.'])(
    'still fires on %j',
    (copy) => {
      expect(fires('pricing.reference-price', copy)).not.toEqual([]);
    },
  );
});

describe('pricing.from-price-fees: a "from" fare in every language', () => {
  it.each([
    ['Vuelos a Tenerife desde 19 €', 'es'],
    ['Flights to Lisbon from £29 this spring.', 'en'],
    ['Flüge nach Mallorca ab 39 € buchen.', 'de'],
    ['Vols pour Nice dès 25 € !', 'fr'],
  ])('fires on %j', (copy, language) => {
    expect(fires('pricing.from-price-fees', copy, undefined, language)).not.toEqual([]);
  });

  it.each([
    ['Vuelos a Tenerife desde 40 € con gastos incluidos.', 'es'],
    ['Flights to Lisbon from £29 including all fees.', 'en'],
    ['Our shop is open from 9 to 5.', 'en'],
  ])('passes %j', (copy, language) => {
    expect(fires('pricing.from-price-fees', copy, undefined, language)).toEqual([]);
  });
});

describe('contradiction: a struck-through price and same-day deadlines in es, de and fr', () => {
  const claim = (text: string): Claim => ({ id: 'c', text, category: 'pricing', evidence: [] });

  it('reads "899 € barré, 449 €" against a price history that sold at 599 €', () => {
    const history = 'Prix public 599 € du 01/11 au 04/02; 899 € depuis le 05/02; promo 449 €.';
    expect(contradicts(claim('Matelas : 899 € barré, 449 €, soit -50 %.'), history)).toBe(true);
    expect(contradicts(claim('Matelas : 899 € barré, 449 €.'), 'Prix public 899 € depuis 2025.')).toBe(false);
  });

  it.each([
    'El -30 % termina hoy a las 23:59.',
    'Últimas horas: -30 % en zapatillas.',
    'Nur bis heute: 30 % auf Sneaker.',
    'Les soldes se terminent ce soir. Dernières heures !',
  ])('reads %j as a one-off that a relaunch on file contradicts', (text) => {
    const calendar = 'Promo 19.03-21.03; identical -30 % same SKUs 22.03-04.04, scheduled.';
    expect(contradicts(claim(text), calendar)).toBe(true);
  });
});

describe('the stop review’s cases for the price rules', () => {
  it.each([
    ['Voyages scolaires dès 12 ans.', 'fr'],
    ['Entradas para niños desde 3 años gratis.', 'es'],
    ['Karten für Geburtstage ab 2 €', 'de'],
    ['Night cream from £12', 'en'],
    ['Trip insurance from £4 a day', 'en'],
  ])('pricing.from-price-fees passes %j: no fare, or no price', (copy, language) => {
    expect(fires('pricing.from-price-fees', copy, undefined, language)).toEqual([]);
  });

  it.each([
    'RRP £38. Now just £29.',
    'RRP £38 — now half price.',
    'UVP 129 €. Jetzt nur 99 €.',
    'PVP 129 €, ahora con un 20 % menos.',
    'List price $499. Yours for $349 this week.',
  ])('pricing.reference-price still reads a list price beside a second price or a reduction: %j', (copy) => {
    expect(fires('pricing.reference-price', copy)).not.toEqual([]);
  });

  it.each([
    ['SCPI Horizon Europe. Rendement 2026 : 5,2 %.', 1],
    ['Rendement cible : 6 % ! Investissez dès 1 000 €.', 1],
    ['Chaudière à haut rendement : net 98 %.', 0],
    ['Panneaux solaires : rendement garanti 25 ans.', 0],
  ])('regulated.finance-risk-warning on %j: %i', (copy, n) => {
    expect(fires('regulated.finance-risk-warning', copy, undefined, 'fr')).toHaveLength(n);
  });
});
