import type { HandoffPackage, Offer } from '#core/package-schema';
import { hits, score } from './helpers/engine-findings.ts';
import { EXTRA_COPY, publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * The offer record (ADR 0023): `urgency.offer-facts` reads the copy's deadlines, stock counts and
 * countdowns against what the brief records of the offer. The clean package launches on 2026-04-01.
 */
const contract = () => publishingContract('3.0.0');
const RULE = 'urgency.offer-facts';

function pkg(copy: string, offer: Offer | undefined, language = 'en'): HandoffPackage {
  const p = withCopy(copy, 'social-organic', 'caption', { language });
  if (offer !== undefined) p.offer = offer;
  return p;
}
const fired = (p: HandoffPackage) => hits(p, RULE, contract());

describe('urgency.offer-facts: deadlines against the recorded end', () => {
  it('blocks "today only" for an offer recorded to run the whole month, and quotes the phrase', () => {
    const copy = 'Today only: 40% off every sofa.';
    expect(fired(pkg(copy, { ends: '2026-04-30' }))).toMatchObject([
      {
        severity: 'block',
        topic: 'urgency',
        pointer: EXTRA_COPY,
        span: [0, 10],
        quote: 'Today only',
        message: expect.stringContaining(
          'it puts the end on launch day (2026-04-01); the brief records the offer running until 2026-04-30',
        ),
      },
    ]);
  });

  it.each([
    ['Nur heute: 40 % auf alle Sofas!', 'de', '2026-04-30'],
    ['Solo hoy: 40 % en todos los sofás.', 'es', '2026-04-30'],
    ['Aujourd’hui seulement : -40 % sur tous les canapés.', 'fr', '2026-04-30'],
    ['Sale ends tomorrow!', 'en', '2026-04-05'],
    ['Only 3 days left to save 40%.', 'en', '2026-04-10'],
    ['This weekend only: 40% off.', 'en', '2026-04-30'],
    ['Last chance: 40% off, doors close at midnight ⏳', 'en', '2026-12-31'],
  ])('blocks %j (%s) when the offer is recorded to end %s', (copy, language, ends) => {
    expect(fired(pkg(copy, { ends }, language))).toHaveLength(1);
  });

  it.each([
    ['Today only: 40% off every sofa.', '2026-04-01'],
    ['Sale ends tomorrow!', '2026-04-02'],
    ['Only 3 days left to save 40%.', '2026-04-04'],
    ['This weekend only: 40% off.', '2026-04-05'],
    ['40% off every sofa until 30 April.', '2026-04-30'],
  ])('passes %j when the offer is recorded to end %s', (copy, ends) => {
    expect(fired(pkg(copy, { ends }))).toEqual([]);
  });

  it('blocks any deadline for an offer recorded with no end date, and not copy without one', () => {
    expect(
      fired(pkg('Sale closes at midnight. Last chance to save 30%!', { ends: 'no-end-date' })),
    ).toHaveLength(1);
    expect(
      fired(pkg('Enrol whenever suits you: the course is open all year.', { ends: 'no-end-date' })),
    ).toEqual([]);
  });
});

describe('urgency.offer-facts: stock, countdowns and repeats', () => {
  it('blocks a stock count below the recorded stock, and passes one at it', () => {
    const copy = 'only 2 left in ur size — tap to check out';
    expect(fired(pkg(copy, { stock: 340 }))).toMatchObject([
      { quote: 'only 2 left', message: expect.stringContaining('340 units') },
    ]);
    expect(fired(pkg(copy, { stock: 2 }))).toEqual([]);
    expect(fired(pkg('Nur noch 3 Stück auf Lager!', { stock: 120 }, 'de'))).toHaveLength(1);
  });

  it('blocks scarcity words when the record says supply does not limit the offer', () => {
    expect(fired(pkg('Selling fast: grab yours.', { stock: 'not-limited' }))).toHaveLength(1);
    expect(fired(pkg('Casi agotado en tu talla.', { stock: 'not-limited' }, 'es'))).toHaveLength(1);
    expect(fired(pkg('Plenty in every size.', { stock: 'not-limited' }))).toEqual([]);
  });

  it('blocks a countdown the record says restarts, and not one that ends for everyone', () => {
    const copy = 'Your $699 price is reserved for 14:59, then it is gone';
    expect(fired(pkg(copy, { timer: 'restarts' }))).toMatchObject([{ quote: 'reserved for 14:59' }]);
    expect(fired(pkg(copy, { timer: 'fixed-end' }))).toEqual([]);
  });

  it('blocks "won’t be back" for terms recorded to run again', () => {
    expect(fired(pkg('This deal won’t be back.', { repeats: true }))).toHaveLength(1);
    expect(fired(pkg('This deal won’t be back.', { repeats: false }))).toEqual([]);
  });

  it('reports each conflict of one text once, and reads nothing without a record', () => {
    const copy = 'Today only: 20% off, and only 2 left!';
    const both = fired(pkg(copy, { ends: '2026-04-30', stock: 50 }));
    expect(both.map((f) => f.quote)).toEqual(['Today only', 'only 2 left']);
    expect(fired(pkg(copy, undefined))).toEqual([]);
  });

  it('decides blocked with the reason in words', () => {
    const a = score(pkg('Today only: 40% off every sofa.', { ends: '2026-04-30' }), contract());
    expect(a.decision.outcome).toBe('blocked');
  });
});

describe('urgency.offer-facts reads its matches as a reviewer does (the stop review)', () => {
  it.each([
    ['Only 3 days left to save 20%.', 'en', { ends: '2026-04-04', stock: 340 }],
    ['Quedan 3 días: 20 % en todo.', 'es', { ends: '2026-04-04', stock: 340 }],
    ['Only 1 available per customer at this price.', 'en', { stock: 340 }],
    ['Only 1,200 seats left for the final.', 'en', { stock: 1200 }],
    ['Il ne reste que 1 200 places pour la finale.', 'fr', { stock: 1200 }],
    [
      'Our sale runs until 30 April. Last day to order for Easter delivery is 28 April.',
      'en',
      { ends: '2026-04-30' },
    ],
    ['Your points never expire.', 'en', { ends: 'no-end-date' }],
    ['No hurry: our price is here to stay.', 'en', { ends: 'no-end-date' }],
    ['The store closes at midnight every Friday.', 'en', { ends: '2026-04-30' }],
    ['Book a table for 15:00.', 'en', { timer: 'restarts' }],
    ['Last chance to see the exhibition before it travels.', 'en', { repeats: true }],
    ['Not a one-time offer: it comes back every month.', 'en', { repeats: true }],
    ['Sale ends in 48 hours: 20% off.', 'en', { ends: '2026-04-03' }],
    ['Sale ends Sunday: 20% off every sofa.', 'en', { ends: '2026-04-05' }],
  ] as [string, string, Offer][])('passes %j (%s) against %j', (copy, language, offer) => {
    expect(fired(pkg(copy, offer, language))).toEqual([]);
  });

  it.each([
    ['Nur noch 1.200 Plätze frei!', 'de', { stock: 5000 }, 'Nur noch 1.200 Plätze'],
    ['Sale ends in 48 hours: 20% off.', 'en', { ends: '2026-04-06' }, 'ends in 48 hours'],
    ['Sale ends Sunday: 20% off every sofa.', 'en', { ends: '2026-04-12' }, 'ends Sunday'],
    ['Hurry, ends soon! 20% off every sofa.', 'en', { ends: '2026-12-31' }, 'Hurry'],
    ['Plus que 3 paires en stock !', 'fr', { stock: 200 }, 'Plus que 3'],
    ['Les soldes se terminent ce soir.', 'fr', { ends: '2026-04-11' }, 'se terminent ce soir'],
  ] as [string, string, Offer, string][])('blocks %j (%s) against %j', (copy, language, offer, quote) => {
    expect(fired(pkg(copy, offer, language)).map((f) => f.quote)).toEqual([quote]);
  });

  it('blocks a deadline for an offer the record ends before the copy goes out', () => {
    expect(fired(pkg('Today only: 20% off every sofa.', { ends: '2026-03-20' }))).toMatchObject([
      { message: expect.stringContaining('ending on 2026-03-20, before the copy goes out on 2026-04-01') },
    ]);
  });
});
