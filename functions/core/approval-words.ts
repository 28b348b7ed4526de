import type { EvidenceComparison, EvidenceCoverage } from './package-schema.ts';

/**
 * The package's enum values as a marketer reads them on the approval page, in the mail and in the CLI:
 * channels, deliverable kinds and what a piece of evidence states of itself. An unknown value (a newer
 * schema, or hostile input) is shown as itself with its hyphens as spaces; the views escape it like any
 * other text.
 */

const CHANNEL_LABELS: Record<string, string> = {
  email: 'Email',
  sms: 'SMS',
  push: 'Push notification',
  'social-organic': 'Social (organic)',
  'social-paid': 'Social (paid)',
  influencer: 'Influencer',
  affiliate: 'Affiliate',
  'search-ad': 'Search ad',
  'display-ad': 'Display ad',
  'web-landing': 'Landing page',
  video: 'Video',
  podcast: 'Podcast',
  print: 'Print',
  'press-release': 'Press release',
};

const KIND_LABELS: Record<string, string> = {
  'cta-label': 'Button label',
  'alt-text': 'Image description (alt text)',
  'landing-copy': 'Landing page copy',
};

export const capitalise = (s: string) => (s === '' ? s : `${s[0]?.toUpperCase()}${s.slice(1)}`);

/** An enum value without a word of its own: itself, hyphens as spaces. */
export const asWords = (v: unknown) => String(v).replace(/-/g, ' ');

/** A value in a table's words, or without a word of its own as itself (asWords). */
const wordOf = (table: Readonly<Record<string, string>>, v: string) =>
  Object.hasOwn(table, v) ? (table[v] as string) : asWords(v);

export const channelLabel = (c: string) => capitalise(wordOf(CHANNEL_LABELS, c));
export const kindLabel = (k: string) => capitalise(wordOf(KIND_LABELS, k));

/** What a piece of evidence measured the product against (ADR 0022). */
const COMPARED_WITH_WORDS: Record<EvidenceComparison, string> = {
  nothing: 'nothing else',
  'own-products': 'the brand’s own other or earlier products',
  'named-competitors': 'the competitors it names',
  'whole-market': 'the whole market',
};

/** How much of what its claim says a piece of evidence covers (ADR 0022). */
const COVERS_WORDS: Record<EvidenceCoverage, string> = {
  all: 'all of the claim',
  part: 'only part of the claim',
};

/**
 * What a piece of evidence states of itself (ADR 0022), one phrase per fact it states and nothing for a
 * fact it does not: "compared with: the whole market", "covers: only part of the claim", "like for like: no".
 */
export function evidenceFactWords(e: {
  comparedWith?: string;
  covers?: string;
  likeForLike?: boolean;
}): string[] {
  return [
    ...(e.comparedWith === undefined
      ? []
      : [`compared with: ${wordOf(COMPARED_WITH_WORDS, e.comparedWith)}`]),
    ...(e.covers === undefined ? [] : [`covers: ${wordOf(COVERS_WORDS, e.covers)}`]),
    ...(e.likeForLike === undefined ? [] : [`like for like: ${e.likeForLike ? 'yes' : 'no'}`]),
  ];
}
