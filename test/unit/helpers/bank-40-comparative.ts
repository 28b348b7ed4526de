import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Stop 39's comparative bank (ADR 0028), for round 40: a brand's own range set side by side compares no rival
 * (FTC 16 CFR 14.15 fn. 1); a comparison with a named rival tells readers when it was checked or where
 * (CAP 3.35); borrowing the rival's slogan rides on its mark (Directive 2006/114/EC art. 4(f)); a parent's
 * worn-out boots are no competitor's (art. 4(d) is about traders).
 */
export const COMPARISON = ['claim.competitor-comparison'] as const;
export const UNVERIFIABLE = ['claim.comparison-unverifiable'] as const;
export const SLOGAN = ['claim.rival-slogan'] as const;
export const DENIGRATION = ['claim.competitor-denigration'] as const;

/** A rival in the brand kit, and nothing filed against it. */
const rival = (p: HandoffPackage): void => {
  p.brand.competitors = ['Rivalco', 'Kafé Nord', 'Brotwerk', 'Panadería Sol'];
};

/** A claim measured against a named rival, sound and recent, cited by the line under test. */
const namedComparison = (p: HandoffPackage): void => {
  rival(p);
  p.claims.push({
    id: 'vs-rival',
    text: 'The same 12 items cost £31.20 at our shop and £36.90 at Rivalco.',
    category: 'comparative',
    evidence: [
      {
        ref: 'Basket audit BA-27-04 by an independent price checker',
        kind: 'third-party-report',
        summary: '12 identical branded items, same sizes, shelf prices in both chains, same week.',
        verifiedOn: '2026-02-20',
        comparedWith: 'named-competitors',
        covers: 'all',
        likeForLike: true,
      },
    ],
  });
  const d = p.channels[1]?.deliverables[0];
  if (d !== undefined) d.claimRefs = ['vs-rival'];
};

/** The same claim, but ranking against the market ("No.1"): a superlative, not a named comparison. */
const ranking = (p: HandoffPackage): void => {
  namedComparison(p);
  const c = p.claims.find((x) => x.id === 'vs-rival');
  if (c !== undefined) c.text = 'The UK’s No.1 rated grocer for value';
};

export const COMPARATIVE_40_KINDS: Kind[] = [
  {
    title: "claim.competitor-comparison: the brand's own range set side by side ('our two boxes')",
    rules: COMPARISON,
    where: { edit: rival },
    fire: [
      ['en', 'Solo vs Rivalco: our two plans both beat theirs on price.'],
      ['en', 'Why pay more at Rivalco? Both our boxes cost less.'],
      ['de', 'Solo vs. Rivalco: Unsere zwei Tarife sind günstiger.'],
      ['fr', 'Solo vs Rivalco : nos deux formules coûtent moins cher.'],
    ],
    quiet: [
      ['en', 'Classic vs Deluxe: which of our two boxes suits your shelf?'],
      ['en', 'Lite vs Max, side by side: both our kettles boil a litre in three minutes.'],
      ['en', 'Starter vs Family: our 2 bundles, one page, pick yours.'],
      ['es', 'Básico vs Premium: ¿cuál de nuestros dos planes te conviene?'],
      ['es', 'Mini vs Maxi: nuestras tres cajas, una al lado de la otra.'],
      ['de', 'Klassik vs. Deluxe: Unsere beiden Boxen im Vergleich.'],
      ['de', 'Basis vs. Plus: Welches unserer Abos passt zu dir?'],
      ['fr', 'Classique vs Intense : nos deux cafés, côte à côte.'],
      ['fr', 'Solo vs Duo : laquelle de nos formules vous va ?'],
    ],
  },
  {
    title: 'claim.comparison-unverifiable: a named rival compared, with no check date and no signpost',
    rules: UNVERIFIABLE,
    where: { edit: namedComparison },
    fire: [
      ['en', '£5.70 cheaper than Rivalco. Same 12 items.'],
      ['en', 'Our basket beats Rivalco by £5.70 – come and see for yourself.'],
      ['en', 'Rivalco: £36.90. Us: £31.20. Same trolley, same brands.'],
      ['es', 'La misma cesta, 5,70 € más barata que en Rivalco. Ven a comprobarlo.'],
      ['de', 'Derselbe Einkauf, 5,70 € günstiger als bei Rivalco. Überzeug dich selbst!'],
      ['fr', 'Le même panier, 5,70 € moins cher que chez Rivalco. Venez vérifier en magasin.'],
    ],
    quiet: [
      ['en', '£5.70 cheaper than Rivalco (prices checked 20 February 2026).'],
      ['en', '£5.70 cheaper than Rivalco. Full list at ourshop.co.uk/basket'],
      ['en', 'Rivalco £36.90, us £31.20, shelf prices as of Feb 20. Same 12 items.'],
      ['en', 'Same 12 items, £5.70 less than Rivalco. Source: independent basket audit.'],
      [
        'es',
        'La misma cesta, 5,70 € más barata que en Rivalco. Precios comprobados el 20 de febrero de 2026.',
      ],
      ['es', 'La misma cesta, 5,70 € menos que en Rivalco: lista completa en nuestratienda.es/cesta'],
      ['de', 'Derselbe Einkauf, 5,70 € günstiger als bei Rivalco. Preise erhoben am 20.02.2026.'],
      ['de', 'Derselbe Einkauf, 5,70 € günstiger als bei Rivalco (Stand: 20. Februar 2026).'],
      ['fr', 'Le même panier, 5,70 € moins cher que chez Rivalco. Prix relevés le 20 février 2026.'],
      ['fr', 'Le même panier, 5,70 € de moins que chez Rivalco : détail sur notremagasin.fr/panier'],
    ],
  },
  {
    title: 'claim.comparison-unverifiable: a ranking measured against rivals names none (a superlative)',
    rules: UNVERIFIABLE,
    where: { edit: ranking },
    fire: [],
    quiet: [
      ['en', 'The UK’s No.1 rated grocer for value.'],
      ['de', 'Der Nr.-1-Lebensmittelhändler fürs Geld in Großbritannien.'],
    ],
  },
  {
    title: "claim.rival-slogan: a comparison that borrows the rival's slogan or jingle",
    rules: SLOGAN,
    where: { edit: rival },
    fire: [
      ['en', 'You know their slogan. We kept the idea and took 9p off.'],
      ['en', "Rivalco's famous tagline, at half the price."],
      ['en', 'Everyone knows the jingle. Now hum it for less.'],
      ['en', 'The catchy slogan of Kafé Nord, in a cheaper cup.'],
      ['es', 'Ya conoces el eslogan. Nosotros lo cumplimos por menos.'],
      ['es', 'El famoso eslogan de Panadería Sol, ahora en nuestro horno.'],
      ['de', 'Kennst du den Werbespruch? Wir machen es günstiger.'],
      ['de', 'Den Slogan von Brotwerk kennt jeder. Unser Brot kostet weniger.'],
      ['fr', 'Vous connaissez le slogan… nous, on a gardé l’idée et baissé le prix.'],
      ['fr', 'Le célèbre slogan de Kafé Nord, en moins cher.'],
      ['fr', 'Leur jingle vous trotte dans la tête ? Notre café coûte moins.'],
    ],
    quiet: [
      ['en', 'Our slogan has not changed since 1998: good bread, fair price.'],
      ['en', 'Write us a tagline for the summer range and win a hamper.'],
      ['en', 'The slogan of our founder still hangs above the oven.'],
      ['es', 'Nuestro eslogan sigue igual: pan de verdad, precio justo.'],
      ['de', 'Unser Slogan seit 1998: ehrliches Brot zum fairen Preis.'],
      ['fr', 'Notre slogan n’a pas bougé : du bon café, au juste prix.'],
      ['fr', 'Le slogan de Margaux, notre fondatrice, est toujours sur la boîte.'],
    ],
  },
  {
    title: 'claim.rival-slogan: without a rival in the package, a slogan is the brand’s own',
    rules: SLOGAN,
    fire: [],
    quiet: [
      ['en', 'You know the slogan. Now taste why.'],
      ['es', 'Ya conoces el eslogan. Ahora pruébalo.'],
      ['de', 'Kennst du den Slogan? Jetzt probieren.'],
      ['fr', 'Vous connaissez le slogan. Maintenant, goûtez.'],
    ],
  },
  {
    title: "claim.competitor-denigration: a parent's or grandparent's worn-out things are no rival's",
    rules: DENIGRATION,
    fire: [
      ['en', "Rivalco's boots were falling apart after one winter."],
      ['en', 'Brand-X kettles break after a year.'],
      ['de', 'Brotwerk zockt euch ab.'],
      ['fr', 'Rivalco vous arnaque depuis des années.'],
    ],
    quiet: [
      ['en', "It was 2014, and Dad's boots were falling apart."],
      ['en', "Grandma's old kettle broke after forty years of tea."],
      ['en', 'Mum’s sewing machine stopped working after 30 years, so we built one to last.'],
      ['de', 'Opas Stiefel gingen schnell kaputt, also nähten wir bessere.'],
      ['de', 'Mama zahlt doppelt, wenn die Sohlen nicht halten: darum unsere Stiefel.'],
      ['es', 'Papá decía que las botas baratas se rompen enseguida.'],
      ['fr', 'Papy disait que les bottes bon marché tombent en panne au premier hiver.'],
    ],
  },
];
