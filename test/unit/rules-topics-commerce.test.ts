import { fires } from './helpers/topics.ts';

describe('urgency (UCPD Annex I 7, FTC dark patterns)', () => {
  it.each([
    ['en', 'Sale ends in 00:14:59', 'urgency.deadline'],
    ['es', '¡Solo hoy! Envío gratis.', 'urgency.deadline'],
    ['de', 'Nur heute: 30 % auf alles!', 'urgency.deadline'],
    ['fr', 'Avant qu’il ne soit trop tard, réservez.', 'urgency.deadline'],
    ['en', 'Hurry! Only 2 left in stock!', 'urgency.scarcity'],
    ['fr', 'Plus que 3 chambres à ce prix !', 'urgency.scarcity'],
  ])('flags deadline and scarcity claims (%s: %s)', (_lang, copy, rule) => {
    expect(fires(rule, copy)[0]?.severity).toBe('warn');
  });

  it('does not fire on "Last-Minute-Angebote" or a dated offer', () => {
    expect(fires('urgency.deadline', 'Last-Minute-Angebote für Ostern.')).toEqual([]);
    expect(fires('urgency.deadline', 'Offer ends March 31.')).toEqual([]);
  });
});

describe('pricing (Omnibus Art. 6a, FTC 16 CFR 233 and 251)', () => {
  it.each([
    ['en', 'Was $199, now $99.'],
    ['es', 'Zapatillas: antes 49,95 €, ahora 29,95 €.'],
    ['de', 'Jetzt 39 € statt 79 €.'],
    ['fr', 'Manteau : 139 € au lieu de 199 €.'],
  ])('flags a reference price without its basis (%s)', (_lang, copy) => {
    expect(fires('pricing.reference-price', copy)[0]?.severity).toBe('block');
  });

  it('accepts a reference price that states the 30-day basis, and "Todo al 30 %"', () => {
    const copy = '139 € au lieu de 199 € (prix le plus bas des 30 jours précédents).';
    expect(fires('pricing.reference-price', copy)).toEqual([]);
    expect(fires('pricing.reference-price', '¡Todo al 30 % en verano!')).toEqual([]);
  });

  it('flags "free with every order" when the terms elsewhere add conditions', () => {
    const withTerms = (p: import('#core/package-schema').HandoffPackage) => {
      p.channels[1]?.deliverables.push({ id: 't', kind: 'body', copy: 'Terms: only on orders over $150.' });
    };
    expect(
      fires('pricing.free-conditions', 'A free tote with every order!', { edit: withTerms }),
    ).toHaveLength(1);
    expect(fires('pricing.free-conditions', 'A free tote with every order!')).toEqual([]);
  });

  it('flags wholesale claims and "from" prices without fees', () => {
    expect(fires('pricing.wholesale-claim', 'Wholesale prices to the public!')).toHaveLength(1);
    expect(fires('pricing.from-price-fees', 'Tickets from £25.')).toHaveLength(1);
    expect(fires('pricing.from-price-fees', 'Tickets from £25 including fees.')).toEqual([]);
  });
});
