import { getContract } from '#core/contracts';
import type { Channel } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

/**
 * Round 6 (topics): the drink and gambling-product classes every alcohol.* and gambling.* rule reads,
 * with figurative senses filtered by sense. Lines written for this file, not taken from evaluation cases.
 */
const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.1.0');
  if (c === undefined) throw new Error('contract campaign-package-to-publishing@1.1.0 is not bundled');
  return c;
};

const fired = (ruleId: string, copy: string, opts: { language?: string; channel?: Channel } = {}) => {
  const pkg = withCopy(copy, opts.channel ?? 'web-landing', 'caption', { language: opts.language ?? 'en' });
  return hits(pkg, ruleId, contract());
};

describe('alcohol.product: the drinks class in four languages', () => {
  it.each([
    ['en', 'Two craft cocktails and a cheese board, Thursdays at the Lantern.'],
    ['en', 'Our oatmeal stout is back for winter.'],
    ['es', 'Vermut de grifo y chupitos de orujo en la terraza.'],
    ['de', 'Unser Weißbier und der neue Glühwein vom Winzer nebenan.'],
    ['fr', 'Cidre fermier et calvados du Pays d’Auge chez votre caviste.'],
    ['fr', 'Nos boissons alcoolisées sont réservées aux adultes.'],
  ])('routes drink copy (%s: %s)', (language, copy) => {
    expect(fired('alcohol.product', copy, { language })).toHaveLength(1);
  });

  it.each([
    ['en', 'Cocktail dresses in twelve colours.'],
    ['en', 'A stout pair of boots for muddy trails.'],
    ['es', 'Un chupito de aceite de oliva sobre la tostada.'],
    ['fr', 'Robe de soirée couleur champagne.'],
    ['fr', 'Un cocktail de fruits frais pressés minute.'],
    ['en', 'Non-alcoholic sparkling water with lime.'],
  ])('leaves other senses alone (%s: %s)', (language, copy) => {
    expect(fired('alcohol.product', copy, { language })).toEqual([]);
  });

  it('lets the cue rules read the new products', () => {
    expect(fired('alcohol.success-claims', 'Two mojitos and you are the life of the party.')).toHaveLength(1);
    expect(fired('alcohol.success-claims', 'Two mojitos on the terrace after work.')).toEqual([]);
  });
});

describe('gambling.product: products and operators, not betting idioms', () => {
  it.each([
    ['en', 'New slot games and live roulette every Friday at Harbour Casino.'],
    ['es', 'Ruleta en vivo y tragamonedas nuevas cada semana.'],
    ['de', 'Freispiele und Live-Wetten beim Buchmacher deines Vertrauens.'],
    ['fr', 'Machines à sous et tickets à gratter en ligne.'],
    ['en', 'Spin our new slots tonight.'],
  ])('routes gambling copy (%s: %s)', (language, copy) => {
    expect(fired('gambling.product', copy, { language })).toHaveLength(1);
  });

  it.each([
    ['en', 'Hedge your bets with our flexible plans.'],
    ['en', 'Book a free spin class at any of our studios.'],
    ['en', 'Choose one of our delivery slots at checkout.'],
    ['es', 'Nuestra tarta de queso es una apuesta segura.'],
    ['de', 'Wir wetten, Sie schmecken den Unterschied.'],
    ['fr', 'Pariez sur la qualité : nos meubles durent.'],
  ])('leaves idioms alone (%s: %s)', (language, copy) => {
    expect(fired('gambling.product', copy, { language })).toEqual([]);
  });
});
