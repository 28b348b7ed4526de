import { getContract } from '#core/contracts';
import type { Channel } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

/**
 * Round 6 (topics): the drink and gambling-product classes every alcohol.* and gambling.* rule reads,
 * with figurative senses filtered, and the safer-gambling message as a required element (GlüStV 2021
 * § 5, RD 958/2020, the ANJ warning, the UK Industry Code, 1-800-GAMBLER). Lines written for this file,
 * not taken from evaluation cases.
 */
const contract = () => {
  const c = getContract('campaign-package-to-publishing', '1.1.0');
  if (c === undefined) throw new Error('contract campaign-package-to-publishing@1.1.0 is not bundled');
  return c;
};

const fired = (
  ruleId: string,
  copy: string,
  opts: { language?: string; region?: string; channel?: Channel; disclosure?: string } = {},
) => {
  const pkg = withCopy(copy, opts.channel ?? 'web-landing', 'caption', { language: opts.language ?? 'en' });
  if (opts.region) pkg.audience.regions = [opts.region];
  const plan = pkg.channels[1];
  if (opts.disclosure && plan) plan.disclosures = [opts.disclosure];
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

describe('gambling.safer-gambling-message: the age limit and safer-gambling line are required', () => {
  it.each([
    ['en', 'GB', 'Boosted odds on every Premier League match this weekend at Kingsbet.'],
    ['es', 'ES', 'Casa de apuestas Mirador: cuotas mejoradas para el clásico.'],
    ['de', 'DE', 'Sportwetten auf jedes Bundesliga-Spiel bei Tippwerk.'],
    ['fr', 'FR', 'Paris sportifs sur toute la Ligue 1 avec ParisProno.'],
  ])('blocks gambling copy without it (%s)', (language, region, copy) => {
    expect(fired('gambling.safer-gambling-message', copy, { language, region })[0]?.severity).toBe('block');
  });

  it.each([
    ['en', 'GB', 'Boosted odds at Kingsbet this weekend.', '18+. BeGambleAware.org'],
    [
      'es',
      'ES',
      'Casa de apuestas Mirador: cuotas mejoradas.',
      '+18. Juega con responsabilidad. jugarbien.es',
    ],
    [
      'de',
      'DE',
      'Sportwetten bei Tippwerk.',
      '18+. Glücksspiel kann süchtig machen. Hilfe unter check-dein-spiel.de',
    ],
    ['fr', 'FR', 'Paris sportifs avec ParisProno.', 'Interdit aux mineurs. Jouer comporte des risques.'],
  ])('accepts the message in copy or disclosures (%s)', (language, region, copy, disclosure) => {
    expect(fired('gambling.safer-gambling-message', copy, { language, region, disclosure })).toEqual([]);
  });

  it('does not ask for it in copy that only uses betting words figuratively', () => {
    for (const copy of [
      'We are betting big on solar this summer.',
      'Odds are you will love our trail mix.',
      'Hit the jackpot with our summer reading list.',
    ])
      expect(fired('gambling.safer-gambling-message', copy)).toEqual([]);
  });
});
