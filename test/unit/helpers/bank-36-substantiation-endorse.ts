import type { HandoffPackage } from '#core/package-schema';
import type { Kind } from './judgment-bank.ts';

/**
 * Stop 36, round 37 of substantiation and endorsements (ADR 0028): our own lines, written from the FTC
 * Policy Statement on Advertising Substantiation, 16 CFR 255 and CAP 2/3. Copy kinds go through `bank`;
 * claim kinds put one claim with its evidence on file and cite it from the copy (`claimFired`).
 */

/** A channel note on where the copy puts its marker, and the copy on an influencer's caption. */
const noted = (note: string) => (p: HandoffPackage) => {
  const plan = p.channels[1];
  if (plan !== undefined) plan.disclosures = [note];
};

export const COPY_KINDS: Kind[] = [
  {
    title: 'a note that puts the marker in the hashtags is no disclosure of its own',
    rules: ['endorsement.undisclosed-connection'],
    where: { channel: 'influencer', edit: noted('Creator asked to include #ad in the caption hashtags.') },
    fire: [
      [
        'en',
        'okay my night routine, you asked 🌙 double cleanse, then three drops of Glow Serum, then the thick moisturiser. my skin feels so soft this month. code JESS20 for 20% off, link in bio\n.\n.\n#nightroutine #skincare #glowingskin #selfcare #ad #serum',
      ],
      [
        'en',
        'weekend reset ☀️ long walk, big breakfast and the new Trailmix bars in my bag the whole way up the hill. honestly the best snack I have had all year. use code SAM15 at checkout\n.\n.\n#weekend #hiking #snacks #outdoors #healthy #trailmix #ad',
      ],
    ],
    quiet: [
      [
        'en',
        '#ad My night routine with Glow Serum: double cleanse, three drops, then moisturiser. Code JESS20 for 20% off. #skincare #serum',
      ],
      [
        'en',
        'Ad | Paid partnership with Trailmix. The new bars came up the hill with me. Code SAM15. #hiking #snacks',
      ],
    ],
  },
  {
    title: 'a note that puts the marker in the hashtags: the copy is read in every language',
    rules: ['endorsement.undisclosed-connection'],
    where: { channel: 'influencer', edit: noted('#werbung steht unter den Hashtags der Bildunterschrift.') },
    fire: [
      [
        'de',
        'Mein Abendritual 🌙 doppelt reinigen, drei Tropfen Glow Serum, dann die dicke Creme. Meine Haut ist so weich wie lange nicht. Mit dem Code LENA20 gibt es 20 % Rabatt, Link in Bio\n.\n.\n#abendroutine #hautpflege #glow #selfcare #werbung #serum',
      ],
    ],
    quiet: [
      [
        'de',
        'Anzeige | Mein Abendritual mit dem Glow Serum: drei Tropfen, dann Creme. Code LENA20. #werbung #hautpflege',
      ],
      [
        'de',
        '#werbung Mein Abendritual mit dem Glow Serum: drei Tropfen, dann Creme. Code LENA20. #hautpflege',
      ],
    ],
  },
  {
    title: 'a named rival said to rip customers off is run down',
    rules: ['claim.competitor-putdown'],
    where: {
      edit: (p) => {
        p.brand.competitors = ['Telvara'];
      },
    },
    fire: [
      ['de', 'Telvara zockt ab. Wir nicht: 20 GB für 14,99 €.'],
      ['de', 'Bei Telvara werden Sie abgezockt. Wechseln Sie zu uns.'],
      ['en', 'Telvara is a rip-off. Switch to us and pay £10 less.'],
      ['es', 'Telvara es una estafa: cámbiate y paga 10 € menos.'],
      ['fr', 'Telvara vous arnaque : passez chez nous et payez 10 € de moins.'],
    ],
    quiet: [
      ['de', '20 GB kosten bei Telvara 24,99 € im Monat, bei uns 14,99 €.'],
      ['en', 'Telvara charges £24.99 for 20 GB; we charge £14.99.'],
      ['es', 'Protege tu cuenta: nunca compartas tu PIN por SMS.'],
      ['fr', 'Telvara facture 24,99 € pour 20 Go, nous 14,99 €.'],
    ],
  },
];
