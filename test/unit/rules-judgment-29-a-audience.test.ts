import type { HandoffPackage } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 29, children.audience (ADR 0028, 0029): an audience description names children as what the adults buy
 * ("parents who bought kids’ shoes", "grandparents buying children’s books"): a possessive that qualifies the
 * product is not the audience, and a parents' newsletter is not an ad to children (CAP 5 and CARU apply to
 * ads directed at children or featuring them). A children's channel, app or programme still is; children
 * named as people in the audience still are. Written from the codes before the dev misses were read.
 */
const COPY = 'School shoes that survive the playground, with a six-month scuff promise.';
/** Whether children.audience fires anywhere in the package (it reads the audience once, at the first copy). */
const children = (primary: string): boolean => {
  const pkg: HandoffPackage = withCopy(COPY, 'social-organic', 'caption', { language: 'en' });
  pkg.audience.primary = primary;
  return findings(pkg, contract3()).some((f) => f.ruleId === 'children.audience');
};

describe('children.audience: children as people in the audience, not as the kind of product adults buy', () => {
  it.each([
    'Children aged 6 to 11',
    'Kids who love dinosaurs',
    'Viewers of children’s TV in the UK',
    'Families with kids under 10',
    'Kids’ club members aged 7-12',
    'Users of the children’s app Bugtown',
    'Niños de 6 a 10 años',
    'Zuschauer des Kinderkanals, Kinder von 6 bis 11',
    'Kinder, die gerne basteln',
    'Enfants de 6 à 10 ans',
    'Toddlers and preschoolers at partner nurseries',
    'Children who play our free online world',
    'Parents aged 25-45 with children aged 3-6',
  ])('%j is an audience of children', (primary) => {
    expect(children(primary)).toBe(true);
  });

  it.each([
    'Parents and carers in the US who bought kids’ shoes from us',
    "Parents who bought kids' raincoats last autumn",
    'Grandparents buying children’s books as gifts',
    'Adults shopping for kids’ bikes',
    'Teachers ordering children’s reading sets',
    'Repeat buyers of kids’ school uniforms',
    'Shoppers who browsed children’s furniture online',
    'Gift buyers looking at kids’ toys before Christmas',
    'Adults who buy children’s party supplies',
    'Parents of young children',
    'Weekend hikers aged 25 to 45',
    'Adult collectors of vintage kids’ comics',
    // Review of stop 29: an adult age or "adults" beside the children's word says who the audience is.
    'Kinder Bueno fans aged 18 to 35',
    'Kids at heart: adults who love retro games',
    'Kids of the 90s, now 30-45',
  ])('%j is not', (primary) => {
    expect(children(primary)).toBe(false);
  });
});

/**
 * The alcohol context of a package (what makes its other words alcohol words) read "brewing" in "coffee's
 * brewing" as a brewery: a US skincare post to 18-34s was then blocked as alcohol aimed under 21 (TTB, DISCUS
 * placement at 71.6 % adults 21+). Brewing beer stays alcohol; coffee, tea, kombucha and storms do not. A
 * coffee brewing in a later clause ("cold brew, brewing all night") is still read as beer: left, not read.
 */
const US_YOUNG = (p: HandoffPackage) => {
  p.audience.primary = 'Followers in the US, mostly 18 to 34';
  p.audience.regions = ['US'];
};
const under21 = (copy: string): boolean => {
  const pkg: HandoffPackage = withCopy(copy, 'social-organic', 'caption', { language: 'en' });
  US_YOUNG(pkg);
  return findings(pkg, contract3()).some((f) => f.ruleId === 'alcohol.under-21-audience');
};

describe('alcohol context: brewing beer, not brewing coffee or tea (TTB, DISCUS placement)', () => {
  it.each([
    'Brewing since 1890: taste our pilsner at the taproom.',
    'Brewing day! Our new hazy IPA drops Friday.',
    'Behind the scenes: brewing the winter stout.',
    'We are brewing a double IPA with local hops.',
    'Home brewing kit: make 20 pints of ale.',
    'Small-batch brewing, big flavour: our amber ale.',
    'Brewing lager the slow way, 6 weeks in the cellar.',
    'Craft brewing in Portland since 2009 – beer flights $12.',
    'Sour beer brewing class this Saturday.',
    'Brewing a new batch of pale ale this week.',
    'Our brewing team picked Citra for this pale ale.',
    'Brewing and bottling our cider on site.',
  ])('%j reads as alcohol', (copy) => {
    expect(under21(copy)).toBe(true);
  });

  it.each([
    'Okay, it’s 5am, coffee’s brewing, let’s do skin.',
    'Coffee is brewing and the serum is on.',
    'Tea brewing guide: 3 minutes at 80°C.',
    'While the kettle’s brewing, pat in two drops.',
    'Brewing coffee at home? Try our grinder.',
    'Brewing tea the Japanese way.',
    'Kombucha brewing workshop for beginners.',
    'Trouble brewing? Our helpdesk answers in minutes.',
    'A storm brewing over the hills – stay cosy in our fleece.',
    'Brewing up a new playlist for your morning run.',
    'Pot brewing on the stove, pancakes on the plate.',
    'Coffee’s been brewing since 6am, the serum goes on next.',
  ])('%j does not', (copy) => {
    expect(under21(copy)).toBe(false);
  });
});
