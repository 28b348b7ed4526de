import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Stop 39's comparative bank (ADR 0028), for round 40: a brand's own range set side by side compares no rival
 * (FTC 16 CFR 14.15 fn. 1); a comparison with a named rival tells readers when it was checked or where
 * (CAP 3.35); borrowing the rival's slogan rides on its mark (Directive 2006/114/EC art. 4(f)); a parent's
 * worn-out boots are no competitor's (art. 4(d) is about traders).
 */
export const COMPARISON = ['claim.competitor-comparison'] as const;
export const DENIGRATION = ['claim.competitor-denigration'] as const;

/** A rival in the brand kit, and nothing filed against it. */
const rival = (p: HandoffPackage): void => {
  p.brand.competitors = ['Rivalco', 'Kafé Nord', 'Brotwerk', 'Panadería Sol'];
};

/** A claim measured against a named rival, sound and recent, cited by the line under test. */
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
