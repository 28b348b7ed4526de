import type { Claim, HandoffPackage } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Round 6 of the pricing and urgency rules: whether the package substantiates a deadline, a stock count
 * or a reference price (a claim with evidence, a dated end, a price figure), not which words it uses.
 * Scored under campaign-package-to-publishing@1.1.0, which bundles marketing-topics@1.1.0.
 */
const contract = () => publishingContract('1.1.0');

const fires = (ruleId: string, copy: string, edit?: (p: HandoffPackage) => void) => {
  const pkg = withCopy(copy, 'email', 'body');
  edit?.(pkg);
  return hits(pkg, ruleId, contract()).filter((f) => f.pointer.startsWith('/channels/1/'));
};

/** Files a pricing claim with the given evidence summary and cites it from the added copy. */
const claimed =
  (text: string, summary: string) =>
  (p: HandoffPackage): void => {
    p.claims.push({
      id: 'price',
      text,
      category: 'pricing',
      evidence: [{ ref: 'price-history', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
    });
    const d = p.channels[1]?.deliverables[0];
    if (d) d.claimRefs = ['price'];
  };

describe('urgency.deadline: a deadline stated with its date is a checkable end (UCPD Annex I no. 7)', () => {
  it.each([
    'Last chance: 40% off disappears at midnight.',
    'Final hours! Our sale ends tonight.',
    'Letzte Chance: nur heute 30 % auf alles!',
  ])('fires on an undated deadline: %s', (copy) => {
    expect(fires('urgency.deadline', copy)).not.toEqual([]);
  });

  it.each([
    'Last chance to save 20%: the sale closes on 14 March 2027.',
    'Última oportunidad: la oferta termina el 28 de febrero.',
    'Dernière chance ! Les soldes se terminent le 10.03.2027.',
  ])('is silent when the sentence states the date: %s', (copy) => {
    expect(fires('urgency.deadline', copy)).toEqual([]);
  });

  it('reads an end date stated elsewhere in the same message', () => {
    const edit = (p: HandoffPackage) => {
      p.channels[1]?.deliverables.push({
        id: 'b2',
        kind: 'body',
        copy: 'The sale runs until 31 March 2027.',
      });
    };
    expect(fires('urgency.deadline', 'Last chance for 30% off!', edit)).toEqual([]);
    expect(fires('urgency.deadline', 'Last chance for 30% off!')).toHaveLength(1);
  });

  it('still blocks a dated deadline whose own evidence shows it recurring', () => {
    const copy = 'Final hours: 40% off ends tonight, 28 February.';
    const edit = claimed(copy, 'The same 40% sale is relaunched every Monday.');
    expect(fires('urgency.deadline', copy, edit)[0]?.severity).toBe('block');
  });
});

describe('urgency.deadline: a time idiom is pressure only in copy that offers terms', () => {
  it.each([
    'Time is running out to get 25% off your order.',
    'The clock is ticking: free shipping on every order.',
    'Le temps presse : -30 % sur les manteaux.',
  ])('fires with an offer: %s', (copy) => {
    expect(fires('urgency.deadline', copy)).not.toEqual([]);
  });

  it.each([
    'Running out of time for breakfast? Our oats cook in two minutes.',
    'El tiempo se acaba cuando lees un buen libro.',
    'Jetzt oder nie? Lieber jetzt: der Frühling ist da.',
  ])('is silent without one: %s', (copy) => {
    expect(fires('urgency.deadline', copy)).toEqual([]);
  });
});

describe('urgency.scarcity: a count is a stock count when it counts stock', () => {
  it.each(['Only two left in your size!', '¡Date prisa, quedan pocas!', 'Nur noch 2 Größen verfügbar.'])(
    'fires: %s',
    (copy) => {
      expect(fires('urgency.scarcity', copy)).not.toEqual([]);
    },
  );

  it.each([
    'Got two left hands? Our flat-pack shelves need no tools.',
    'Quedan pocas semanas para el verano: prepara tu bici.',
    'Nur noch wenige Klicks bis zur neuen Website.',
  ])('is silent: %s', (copy) => {
    expect(fires('urgency.scarcity', copy)).toEqual([]);
  });
});

describe('pricing.free-trial-terms: a free returns or delivery window is not a trial', () => {
  it.each([
    'Try it free for 30 days!',
    'Prueba gratis durante 30 días.',
    'Essayez gratuit pendant 14 jours.',
  ])('fires: %s', (copy) => {
    expect(fires('pricing.free-trial-terms', copy)).not.toEqual([]);
  });

  it.each([
    'Returns are free for 60 days.',
    'Envío gratis durante 12 meses para socios.',
    'Livraison gratuite pendant 30 jours.',
  ])('is silent: %s', (copy) => {
    expect(fires('pricing.free-trial-terms', copy)).toEqual([]);
  });
});

describe('pricing.reference-price: a reference price with a figure, unless the price history backs it', () => {
  it.each(['Reg. $22, now $15.', 'Compare at $120, now $39.', 'Statt UVP 199 € jetzt nur 99 €!'])(
    'fires without evidence: %s',
    (copy) => {
      expect(fires('pricing.reference-price', copy)).not.toEqual([]);
    },
  );

  it.each([
    ['Reg. $22, now $15.', 'Sold at $22 every day from 2025-11-01 to 2026-02-19; $15 from 2026-02-20.'],
    [
      'Antes 49,95 €, ahora 29,95 €.',
      'Precio de 49,95 € del 01/12/2025 al 31/01/2026; 29,95 € desde el 01/02.',
    ],
    ['Au lieu de 199 €, 139 €.', 'Vendu 199 € sans interruption du 01/12/2025 au 13/02/2026.'],
  ])('is silent when the cited claim has price history: %s', (copy, summary) => {
    expect(fires('pricing.reference-price', copy, claimed(copy, summary))).toEqual([]);
  });

  it.each([
    'Compare at other stores and see.',
    'RRP matters less than value.',
    'Regular price changes are posted in store.',
  ])('is silent with no price figure: %s', (copy) => {
    expect(fires('pricing.reference-price', copy)).toEqual([]);
  });
});

describe('a reference price above a price the history shows (Art. 6a, 16 CFR 233.1)', () => {
  const claim = (text: string): Claim => ({ id: 'c', text, category: 'pricing', evidence: [] });
  it.each([
    ['Was $249, now $129.', 'Listed at $139 from 1 Aug to 7 Feb; $249 from 8 to 10 Feb; $129 from 11 Feb.'],
    ['UVP 199 €, jetzt 99 €.', 'Eigener Preis in den letzten 30 Tagen 105 €.'],
    ['139 € au lieu de 199 €.', 'Vendu 159 € en janvier, 199 € la semaine avant les soldes.'],
  ])('is contradicted: %s', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(true);
  });

  it.each([
    ['Was $249, now $129.', 'Sold at $249 every day from 1 Dec to 10 Feb; $129 from 11 Feb.'],
    ['Antes 49,95 €, ahora 29,95 €.', 'Precio más bajo de los 30 días previos: 49,95 €.'],
    ['Regular price $20, get a second one free.', 'Priced at $12 until January, $20 since 1 February.'],
  ])('is not: %s', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(false);
  });
});

describe('review of round 6: a date excuses a deadline only when it is the end of that offer', () => {
  it.each([
    'Flash sale: 40% off everything. Ends tonight! Order by 20 December for Christmas delivery.',
    'Handmade by Ana since 3 May 2001. Flash sale ends tonight: 40% off.',
    'Rebajas: 40% en todo. ¡Termina hoy! Pide antes del 20 de diciembre para recibirlo en Navidad.',
    'Vente flash : -40 %. Se termine ce soir ! Livraison avant le 20 décembre.',
    'Our rating: 4.8. Sale ends in 3 hours, 40% off!',
    'Only 3 hours left: 40% off everything.',
    'The sale closes today: 30% off all coats.',
  ])('fires: %s', (copy) => {
    expect(fires('urgency.deadline', copy)).not.toEqual([]);
  });

  it('does not take a date before submission as the end', () => {
    expect(fires('urgency.deadline', 'Last chance: 30% off, the sale ends 14 March 2025.')).not.toEqual([]);
  });
});

describe('review of round 6: a reference price is excused only by a claim stating it', () => {
  it.each([
    'Was $249, now $129. Free shipping on orders over $50.',
    'Antes 249 €, ahora 129 €. Envío gratis desde 50 €.',
  ])('fires when the cited claim is another pricing claim: %s', (copy) => {
    const edit = claimed(
      'Free shipping on orders over $50',
      'Shipping policy 2026, orders over $50 ship free.',
    );
    expect(fires('pricing.reference-price', copy, edit)).not.toEqual([]);
  });

  it.each([
    'Was $249, now $129! Returns accepted for 30 days.',
    'Was $249, now $129. Returns accepted for 30 days.',
    'Statt 249 €, jetzt 129 €! 30 Tage Rückgaberecht.',
    'Au lieu de 249 €, 129 € ! Retour gratuit sous 30 jours.',
  ])('fires when "30 days" is about something else: %s', (copy) => {
    expect(fires('pricing.reference-price', copy)).not.toEqual([]);
  });

  it('fires on a currency code', () => {
    expect(fires('pricing.reference-price', 'Compare at 249 USD, now 129 USD.')).not.toEqual([]);
  });
});

describe('review of round 6: misses the narrowing created', () => {
  it.each(['Only two left in size 38, hurry.', 'Nur noch wenige auf Lager!', 'Quedan pocas en tu talla.'])(
    'urgency.scarcity fires: %s',
    (copy) => {
      expect(fires('urgency.scarcity', copy)).not.toEqual([]);
    },
  );

  it.each([
    'Premium delivery is free for 3 months for new members.',
    'Delivery pass: delivery free for 30 days, then it renews.',
  ])('pricing.free-trial-terms fires on a delivery membership: %s', (copy) => {
    expect(fires('pricing.free-trial-terms', copy)).not.toEqual([]);
  });
});

describe('review of round 6: only the product’s own price history contradicts a reference price', () => {
  const claim = (text: string): Claim => ({ id: 'c', text, category: 'pricing', evidence: [] });
  it('ignores a competitor average', () => {
    const summary = 'Sold at $249 from 1 Oct to 31 Dec 2026 (92 days); competitor average $180.';
    expect(contradicts(claim('Was $249, now $129'), summary)).toBe(false);
  });
});

describe('pricing.reference-price: the two prices may sit in two sentences (review of the fixes)', () => {
  it.each([
    ['en', 'Was $249. Now $129.'],
    ['en', 'Was $249! Now just $129!'],
    ['de', 'Statt 249 €! Jetzt nur 129 €!'],
    ['fr', 'Au lieu de 249 € ! Maintenant 129 € !'],
  ])('blocks %s “%s” with no price history on file', (language, copy) => {
    const pkg = withCopy(copy, 'social-paid', 'caption', { language });
    expect(hits(pkg, 'pricing.reference-price', contract()).map((f) => f.severity)).toContain('block');
  });
});

describe('urgency.deadline: a shipping, gift-wrap or launch date is no end of the offer (review of the fixes)', () => {
  it.each([
    ['en', 'Final hours! 40% off everything. Free gift wrap until 20 December 2026.'],
    ['es', '¡Últimas horas! 30 % de descuento. Envío gratis hasta el 30 de abril de 2026.'],
    ['fr', 'Dernières heures ! -30 % sur tout. Livraison offerte jusqu’au 30 avril 2026.'],
    ['en', 'Last chance: sale ends in 2 hours, new range ships from 12 May 2026.'],
  ])('blocks %s “%s”', (language, copy) => {
    const pkg = withCopy(copy, 'social-paid', 'caption', { language });
    pkg.submittedAt = '2026-03-01T09:00:00Z';
    expect(hits(pkg, 'urgency.deadline', contract()).map((f) => f.severity)).toContain('block');
  });

  it('still passes a deadline whose sale states its end date', () => {
    const pkg = withCopy(
      'Last chance: the spring sale ends 31 March 2027, 40% off.',
      'social-paid',
      'caption',
    );
    pkg.submittedAt = '2027-02-15T09:00:00Z';
    expect(hits(pkg, 'urgency.deadline', contract())).toEqual([]);
  });
});

describe('urgency.scarcity: a count left in a colour, a size or a shop (review of the fixes)', () => {
  it.each([
    'Only two left in black!',
    'Just three left in medium, grab yours.',
    'Hurry, only a few left at our Leeds store!',
    'Only 2 remain - order now!',
  ])('blocks “%s”', (copy) => {
    const pkg = withCopy(copy, 'social-paid', 'caption');
    expect(hits(pkg, 'urgency.scarcity', contract()).map((f) => f.severity)).toContain('block');
  });
});

describe('reference prices: what the review of the fixes found', () => {
  it.each([
    ['Free shipping on orders over $129', 'Shipping policy 2026, orders over $129 ship free.'],
    ['Rated 4.8 stars by 249 buyers', 'Store reviews export, January 2027: 249 ratings, mean 4.8.'],
  ])(
    'a cited claim whose figure is no price of it does not excuse “Was $249, now $129.”: %s',
    (text, summary) => {
      expect(fires('pricing.reference-price', 'Was $249, now $129.', claimed(text, summary))).not.toEqual([]);
    },
  );

  it('keeps the product’s own price before a mention of competitors', () => {
    const claim: Claim = { id: 'c', text: 'Was $249, now $129', category: 'pricing', evidence: [] };
    const summary = 'Sold at $149 since November 2025, the same as competitors.';
    expect(contradicts(claim, summary)).toBe(true);
  });
});
