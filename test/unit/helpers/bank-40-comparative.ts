import type { Kind } from './judgment-bank.ts';

/**
 * Stop 39's comparative bank (ADR 0028), for round 40: a brand's own range set side by side compares no rival
 * (FTC 16 CFR 14.15 fn. 1); a comparison with a named rival tells readers when it was checked or where
 * (CAP 3.35); borrowing the rival's slogan rides on its mark (Directive 2006/114/EC art. 4(f)); a parent's
 * worn-out boots are no competitor's (art. 4(d) is about traders).
 */
export const DENIGRATION = ['claim.competitor-denigration'] as const;

export const COMPARATIVE_40_KINDS: Kind[] = [
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
