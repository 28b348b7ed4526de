/**
 * The package's enum values as a marketer reads them on the approval page, in the mail and in the CLI:
 * channels and deliverable kinds. An unknown value (a newer schema, or hostile input) is shown as itself
 * with its hyphens as spaces; the views escape it like any other text.
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

export const channelLabel = (c: string) =>
  Object.hasOwn(CHANNEL_LABELS, c) ? (CHANNEL_LABELS[c] as string) : capitalise(asWords(c));
export const kindLabel = (k: string) =>
  Object.hasOwn(KIND_LABELS, k) ? (KIND_LABELS[k] as string) : capitalise(asWords(k));
