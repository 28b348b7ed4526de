import type { Claim, HandoffPackage } from '#core/package-schema';
import { contradicts, figureNotStated } from '#core/rules/contradiction';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

const contract = () => publishingContract('2.0.0');

const claim = (text: string, summaries: string[], category: Claim['category'] = 'performance'): Claim => ({
  id: 'c',
  text,
  category,
  evidence: summaries.map((summary) => ({
    ref: 'Calloway Test Labs report CTL-24-1187',
    kind: 'third-party-report' as const,
    summary,
    verifiedOn: '2026-01-20',
  })),
});

describe('a claimed percentage must be one its evidence states (FTC substantiation: the specific claim)', () => {
  it.each([
    ['Removes 98% of pet hair in one pass.', ['Single-pass pickup: 81% on low pile, 74% on medium pile.']],
    ['Fall asleep 37% faster.', ['Q4 return rate 4.1% against 6.8% for the Classic.']],
  ])('“%s” is contradicted by a summary that measured other figures', (text, summaries) => {
    expect(figureNotStated(claim(text, summaries))).toBe(true);
  });

  it.each([
    ['Removes 98% of pet hair.', ['Pickup 98.2% (mean of 5 runs).']],
    ['Cuts bills by 30%.', ['Average saving 31.6% across 2,000 homes.']],
    ['Charges 40% faster.', ['Lab test: 0-100% in 52 vs 87 min.']],
    ['Up to 30% more range.', ['Range rose by 12% to 30% depending on speed.']],
    ['Removes 98% of pet hair.', ['Independent lab test, ISO 17025 accredited.']],
    ['Now 40% off.', ['Sold at $249 for 90 days, now $149.']],
  ])('“%s” stands on %j', (text, summaries) => {
    const category: Claim['category'] = text.includes('off') ? 'pricing' : 'performance';
    expect(figureNotStated(claim(text, summaries, category))).toBe(false);
  });

  it('reads a figure at the claim’s precision, a test condition as a condition, and “nearly” (review)', () => {
    const finance = (text: string, summary: string) => figureNotStated(claim(text, [summary], 'finance'));
    expect(finance('Earn 4.4% AER on the Easy Saver.', 'Rate sheet: 3.6% AER, variable.')).toBe(true);
    expect(finance('9.9% APR representative.', 'Credit agreement terms: 19.9% APR representative.')).toBe(
      true,
    );
    expect(figureNotStated(claim('Kills 99.9% of germs.', ['Kill rate 99.5% in a 2026 lab test.']))).toBe(
      true,
    );
    expect(figureNotStated(claim('Kills 99.9% of germs.', ['Kill rate 99.92% (EN 1276).']))).toBe(false);
    const battery = 'Lab test at 25 °C and 60% screen brightness: 12 h against 10 h for the 2025 model.';
    expect(figureNotStated(claim('Battery lasts 20% longer.', [battery]))).toBe(false);
    expect(figureNotStated(claim('Nearly 50% less waste.', ['Waste fell by 48% in the 2026 audit.']))).toBe(
      false,
    );
  });

  it('needs one of the claim’s figures on file, not all: the others may be its conditions', () => {
    const returns = claim(
      'Returned 9.8% (1 year) and 6.1% a year (5 years), net of the 0.25% advisory fee.',
      ['Net returns 9.8% / 6.1% for 1 and 5 years; gross 10.1% / 6.4%.'],
      'finance',
    );
    expect(figureNotStated(returns)).toBe(false);
  });

  it('blocks the claim in the engine, as contradicted evidence', () => {
    const pkg = withCopy('The Pet Pro pulls 98% of pet hair in one pass.', 'email', 'body', {
      claimRefs: ['c'],
    });
    pkg.claims.push(claim('Removes 98% of pet hair in one pass.', ['Pickup: 81% on low pile.']));
    const found = hits(pkg, 'evidence.contradicted', contract());
    expect(found.map((f) => [f.severity, f.pointer])).toEqual([['block', '/claims/1/evidence']]);
  });
});

describe('SMS length: a warning past two segments, a block only where platforms refuse the text', () => {
  const sms = (copy: string) => withCopy(copy, 'sms', 'message');
  const stop = ' Reply STOP to opt out.';

  it('warns at three segments and does not block four', () => {
    const four = `Acme Bakery: ${'fresh sourdough every morning, '.repeat(18)}${stop}`;
    expect(hits(sms(four), 'limit.sms-segments', contract()).map((f) => f.severity)).toEqual(['warn']);
    expect(hits(sms(four), 'limit.sms-length-max', contract())).toEqual([]);
  });

  it('leaves a two-segment text alone', () => {
    const two = `Acme Bakery: ${'fresh bread daily, '.repeat(12)}${stop}`;
    expect(hits(sms(two), 'limit.sms-segments', contract())).toEqual([]);
  });

  it('blocks a text over 1,600 characters (Twilio error 21617)', () => {
    const long = `Acme Bakery: ${'x'.repeat(1600)}${stop}`;
    expect(hits(sms(long), 'limit.sms-length-max', contract()).map((f) => f.severity)).toEqual(['block']);
  });
});

describe('a bare TODO is the word “all” in Spanish copy, and brief texts share the copy’s language', () => {
  const spanish = (copy: string, language: string): HandoffPackage => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language });
    for (const plan of pkg.channels) for (const d of plan.deliverables) d.language = language;
    pkg.story.hook = 'TODO AL 30 % en toda la colección';
    return pkg;
  };

  it('reads TODO AL 30 % in a Spanish package as a word, in copy and brief alike', () => {
    const pkg = spanish('¡TODO AL 30 %! Del 18 al 31 de marzo.', 'es');
    expect(hits(pkg, 'placeholder.marker-todo', contract())).toEqual([]);
    expect(hits(pkg, 'placeholder.marker', contract())).toEqual([]);
  });

  it('reads “Sí, TODO: lino…” as a word too, and still blocks a TODO in other languages', () => {
    const pkg = spanish('Todo al 30 % OFF. Sí, TODO: lino, remeras y vestidos.', 'es');
    expect(hits(pkg, 'placeholder.marker', contract())).toEqual([]);
    expect(hits(pkg, 'placeholder.marker-todo', contract())).toEqual([]);
    for (const [copy, language] of [
      ['Hero line TODO, then the offer.', 'en'],
      ['Nuova collezione: TODO prezzo finale.', 'it'],
    ] as const) {
      const other = spanish(copy, language);
      expect(hits(other, 'placeholder.marker-todo', contract()).map((f) => f.pointer)).toEqual([
        '/channels/1/deliverables/0/copy',
      ]);
    }
  });

  it('reads each brief text in the language it is written in, not the copy’s', () => {
    const pkg = spanish('¡Rebajas de primavera en toda la tienda!', 'es');
    pkg.story.tension = 'TODO: add the lab figure before this goes to the designer.';
    expect(hits(pkg, 'placeholder.marker-todo', contract()).map((f) => f.pointer)).toEqual([
      '/story/tension',
    ]);
  });

  it('reads “your TODO list” as the noun', () => {
    expect(
      hits(withCopy('Turn your TODO list into a DONE list.'), 'placeholder.marker-todo', contract()),
    ).toEqual([]);
    expect(hits(withCopy('Price: TODO'), 'placeholder.marker-todo', contract())).toHaveLength(1);
  });
});

describe('a generic environmental claim in the EU needs a recognised ecolabel (Directive (EU) 2024/825)', () => {
  const aimed = (copy: string, region: string, language = 'de') => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language });
    pkg.audience.regions = [region];
    return pkg;
  };
  const generic = (pkg: HandoffPackage) => hits(pkg, 'environmental.generic-claim-eu', contract());

  it.each([
    ['Unsere neue Spülmittelformel ist umweltfreundlich.', 'DE', 'de'],
    ['Des baskets éco-responsables pour tous les jours.', 'FR', 'fr'],
    ['Zapatillas respetuosas con el medio ambiente.', 'ES', 'es'],
    ['Our eco-friendly trainers are here.', 'IE', 'en'],
  ])('blocks “%s” aimed at %s', (copy, region, language) => {
    expect(generic(aimed(copy, region, language)).map((f) => f.severity)).toEqual(['block']);
  });

  it('leaves the claim to the other rules outside the EU, or when the copy states the specific benefit', () => {
    expect(generic(aimed('Our eco-friendly trainers are here.', 'US', 'en'))).toEqual([]);
    expect(
      generic(aimed('Umweltfreundlich: die Flasche besteht zu 100 % aus recyceltem Kunststoff.', 'DE')),
    ).toEqual([]);
  });

  it('counts a benefit only beside the claim, and only a recognised label (review)', () => {
    expect(generic(aimed('Our eco-friendly detergent, now 20% off this week.', 'DE', 'en'))).toHaveLength(1);
    expect(
      generic(aimed('Our detergent is eco-friendly. Recycle the bottle after use.', 'DE', 'en')),
    ).toHaveLength(1);
    const fsc = aimed('Unsere umweltfreundliche Küchenrolle.', 'DE');
    fsc.claims.push({
      id: 'fsc',
      text: 'FSC-certified paper.',
      category: 'environmental',
      evidence: [{ ref: 'FSC certificate C123456', kind: 'certification', verifiedOn: '2026-01-10' }],
    });
    expect(generic(fsc)).toHaveLength(1);
  });

  it('leaves a state subsidy, the ecological transition and colour names alone', () => {
    expect(generic(aimed('Éligible au bonus écologique de 2 000 €.', 'FR', 'fr'))).toEqual([]);
    expect(generic(aimed('Nos équipes accompagnent la transition écologique des PME.', 'FR', 'fr'))).toEqual(
      [],
    );
    expect(generic(aimed('Three green options: sage, moss and olive.', 'IE', 'en'))).toEqual([]);
  });

  it('lets a current certificate on an environmental claim stand for the ecolabel', () => {
    const pkg = aimed('Unsere neue Spülmittelformel ist umweltfreundlich.', 'DE');
    pkg.claims.push({
      id: 'label',
      text: 'Awarded the EU Ecolabel (licence DE/020/123).',
      category: 'environmental',
      evidence: [{ ref: 'EU Ecolabel licence DE/020/123', kind: 'certification', verifiedOn: '2026-01-10' }],
    });
    expect(generic(pkg)).toEqual([]);
    const stale = pkg.claims[1]?.evidence[0];
    if (stale) stale.verifiedOn = '2020-01-10';
    expect(generic(pkg)).toHaveLength(1);
  });
});

describe('a reference price is read as prices, not as the saving beside them (16 CFR 233.1; Directive 98/6/EC Art. 6a)', () => {
  const priced = (text: string): Claim => ({ id: 'p', text, category: 'pricing', evidence: [] });

  it('does not take “save $120” for the new price', () => {
    const text = 'Zephyr V8: was $449, now $329, save $120.';
    expect(contradicts(priced(text), 'Price $449 for the whole period; sale price $329 from 2 March.')).toBe(
      false,
    );
    expect(
      contradicts(priced(text), 'Sold at $379 through February; $449 for one week before the sale.'),
    ).toBe(true);
  });

  it('reads “129 € → 77,40 €” as a reference price', () => {
    const text = 'Parure percale : 129 € → 77,40 €, soit -40 %.';
    expect(contradicts(priced(text), 'Prix le plus bas des 30 jours avant la remise : 89 €.')).toBe(true);
    expect(contradicts(priced(text), 'Vendu 129 € du 1er septembre au 14 février.')).toBe(false);
  });
});

describe('an unqualified general environmental claim outside the EU (FTC Green Guides 260.4(b), CMA code)', () => {
  const aimed = (copy: string, region: string) => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language: 'en' });
    pkg.audience.regions = [region];
    return pkg;
  };
  const general = (pkg: HandoffPackage) => hits(pkg, 'environmental.generic-claim', contract());

  it.each([
    ['Our eco-friendly trainers are here.', 'US'],
    ['Clean home, clean planet: our planet-friendly spray is back.', 'GB'],
    ['The environmentally friendly way to wash up.', 'CA'],
    ['Good for the planet, gentle on your skin.', 'AU'],
  ])('blocks “%s” aimed at %s', (copy, region) => {
    expect(general(aimed(copy, region)).map((f) => f.severity)).toEqual(['block']);
  });

  it('passes the claim qualified by its specific benefit beside it', () => {
    expect(general(aimed('Eco-friendly: the bottle is made from 100% recycled plastic.', 'US'))).toEqual([]);
  });

  it('is not cured by a certificate on file, and leaves EU packages to the EU rule', () => {
    const pkg = aimed('Our eco-friendly detergent.', 'US');
    pkg.claims.push({
      id: 'seal',
      text: 'Green Seal certified.',
      category: 'environmental',
      evidence: [{ ref: 'Green Seal GS-37 certificate', kind: 'certification', verifiedOn: '2026-01-10' }],
    });
    expect(general(pkg)).toHaveLength(1);
    // A seal named in the copy is itself a general claim unless its basis is stated (260.6): no qualifier.
    expect(general(aimed('Our eco-friendly detergent carries the Nordic Swan ecolabel.', 'US'))).toHaveLength(
      1,
    );
    expect(general(aimed('Eco-friendly, and certified to ISO 14024.', 'NZ'))).toHaveLength(1);
    expect(general(aimed('Our eco-friendly trainers are here.', 'DE'))).toEqual([]);
  });
});
