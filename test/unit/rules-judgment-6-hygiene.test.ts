import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** Judgment round 6, inclusive language: what stayed of the hygiene round after its review. */
const contract = () => publishingContract('1.1.0');
const on = (copy: string, language: string) => withCopy(copy, 'social-paid', 'caption', { language });

describe('inclusive.slur: the English slur in any language, not the French word for a delay', () => {
  it.each([
    ['de', 'Nur ein retarded Typ zahlt den vollen Preis.'],
    ['es', 'Solo un retarded paga el precio completo.'],
  ])('blocks %s “%s”', (language, copy) => {
    expect(hits(on(copy, language), 'inclusive.slur', contract()).map((f) => f.severity)).toEqual(['block']);
  });

  it.each([
    'Colis en retard ? Suivez votre commande en ligne.',
    'Aucun retard de livraison : expédition sous 24 h.',
  ])('leaves fr “%s” alone', (copy) => {
    expect(hits(on(copy, 'fr'), 'inclusive.slur', contract())).toEqual([]);
  });
});

describe('inclusive: praise of a work is a hint, the master/slave term still warns', () => {
  it.each(['A masterpiece of Swiss watchmaking.', 'The master plan for your week.', 'A masterful blend.'])(
    '“%s” is info',
    (copy) => {
      const f = hits(on(copy, 'en'), 'inclusive.masterpiece', contract())
        .concat(hits(on(copy, 'en'), 'inclusive.master-plan', contract()))
        .concat(hits(on(copy, 'en'), 'inclusive.masterful', contract()));
      expect(f.map((x) => x.severity)).toEqual(['info']);
    },
  );

  // "master" alone is mostly a verb or a craft title in ads (stop 25); the pair still warns through "slave".
  it('keeps the master/slave term a warning', () => {
    const f = hits(on('Sync the master and slave drives nightly.', 'en'), 'inclusive.slave', contract());
    expect(f.map((x) => x.severity)).toContain('warn');
  });
});
