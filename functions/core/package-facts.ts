import { asWords, channelLabel } from './approval-words.ts';
import type { HandoffPackage } from './package-schema.ts';

/**
 * The facts a package states as data (ADR 0021; contract campaign-package-to-publishing@2.0.0): what is
 * sold, how each channel's list agreed to receive it, and the youngest age the targeting admits, in plain
 * words for the approval page, the mail and `handoff score`. Each fact keeps the JSON pointer it was read
 * at, so findings that point at it can be shown next to it. Nothing here trusts the schema: a value it
 * does not know is shown as itself, and the views escape every word.
 */

/** What is sold, as a phrase that follows "sells" (the page, the mail, the CLI and the decision's reasons). */
export const PRODUCT_WORDS: Readonly<Record<string, string>> = {
  general: 'general goods or services (no regulated category)',
  alcohol: 'alcohol',
  gambling: 'gambling',
  'dietary-supplement': 'a dietary supplement',
  medicine: 'medicine',
  'medical-device': 'a medical device',
  'financial-product': 'a financial product',
  investment: 'an investment',
  credit: 'credit',
  'crypto-asset': 'a crypto-asset',
  'children-product': 'a product for children',
};

export const CONSENT_WORDS: Readonly<Record<string, string>> = {
  'double-opt-in': 'double opt-in',
  'opt-in': 'opt-in',
  'soft-opt-in': 'soft opt-in',
  implied: 'implied consent',
  none: 'no consent',
  unknown: 'consent not known',
};

export const SOURCE_WORDS: Readonly<Record<string, string>> = {
  'own-signup': 'own sign-up form',
  'own-customers': 'own customers',
  event: 'collected at an event',
  partner: 'a partner’s list',
  purchased: 'bought list',
  rented: 'rented list',
  unknown: 'source not known',
};

/** The facts the page, the mail and the CLI read, with the pointers findings about them use. */
export const FACT_POINTERS = {
  product: '/product',
  regions: '/audience/regions',
  consent: '/audience/consent',
  minAge: '/audience/minAge',
  offer: '/offer',
};

/** A heading for each kind of fact, also for a fact a finding is about but the package does not state. */
export const FACT_LABELS: Readonly<Record<keyof typeof FACT_POINTERS, string>> = {
  product: 'What is sold',
  regions: 'Regions',
  consent: 'How the lists agreed',
  minAge: 'Youngest age targeted',
  offer: 'The offer, as the brief records it',
};

/** At most one consent entry per channel (the schema's bound), kept here too so a page stays bounded. */
const MAX_CONSENT_ENTRIES = 14;

/** One fact in words: "Email list" / "double opt-in, own sign-up form", read at `pointer`. */
export interface StatedFact {
  kind: keyof typeof FACT_POINTERS;
  label: string;
  text: string;
  pointer: string;
}

const wordFor = (table: Readonly<Record<string, string>>, v: unknown) =>
  typeof v === 'string' && Object.hasOwn(table, v) ? (table[v] as string) : asWords(v);

/** A product category in words: "a dietary supplement"; one it does not know as itself, hyphens as spaces. */
export const productWords = (category: unknown): string => wordFor(PRODUCT_WORDS, category);

/** "18 and over"; 0 is no lower limit at all. */
export function ageWords(age: unknown): string {
  if (age === 0) return 'any age (no lower limit)';
  return Number.isInteger(age) ? `${String(age)} and over` : asWords(age);
}

/** How one channel's list agreed: "no consent, rented list". */
function consentWords(entry: { basis?: unknown; source?: unknown }): string {
  const basis = wordFor(CONSENT_WORDS, entry.basis);
  return entry.source === undefined ? basis : `${basis}, ${wordFor(SOURCE_WORDS, entry.source)}`;
}

const TIMER_WORDS: Readonly<Record<string, string>> = {
  none: 'no countdown',
  'fixed-end': 'a countdown that ends for everyone at the offer’s end',
  restarts: 'a countdown that restarts for each visitor',
};

/** A calendar day as written (2027-03-31); anything else as words. */
const dayWords = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v) ? v : asWords(v));

/** The offer record in words (ADR 0023): "ends 2027-03-31; 340 units; no countdown; the same terms run again". */
function offerWords(o: Record<string, unknown>): string {
  const parts: string[] = [];
  if (o.ends !== undefined) parts.push(o.ends === 'no-end-date' ? 'no end date' : `ends ${dayWords(o.ends)}`);
  if (o.stock !== undefined)
    parts.push(o.stock === 'not-limited' ? 'supply not limited' : `${asWords(o.stock)} units`);
  if (o.timer !== undefined) parts.push(wordFor(TIMER_WORDS, o.timer));
  if (o.repeats !== undefined)
    parts.push(o.repeats === true ? 'the same terms run again' : 'the terms do not run again');
  return parts.length > 0 ? parts.join('; ') : 'nothing recorded';
}

/**
 * The regions as the package writes them ("GB, US"): every consent and age verdict depends on them. Codes,
 * not names: a name table for the 249 ISO codes would outweigh the rest of the page's words, and a code the
 * package mistyped (UK for GB) must be shown as written to be seen. No Intl: core is locale-free.
 */
function regionsFact(pkg: HandoffPackage): StatedFact {
  const regions: unknown = pkg.audience?.regions;
  const text =
    Array.isArray(regions) && regions.length > 0
      ? regions.map((r: unknown) => asWords(r)).join(', ')
      : 'not stated (rules for a named region cannot apply)';
  return { kind: 'regions', label: FACT_LABELS.regions, text, pointer: FACT_POINTERS.regions };
}

/**
 * The facts the package states, in reading order; none for a package whose contract does not ask for them.
 * The regions are shown with the other facts, since their verdicts depend on them, and never alone: an
 * older contract's package, which states none of the others, stays as it was.
 */
export function statedFacts(pkg: HandoffPackage): StatedFact[] {
  const out: StatedFact[] = [];
  const categories: unknown = pkg.product?.categories;
  if (Array.isArray(categories) && categories.length > 0) {
    const text = categories.map(productWords).join(', ');
    out.push({ kind: 'product', label: FACT_LABELS.product, text, pointer: FACT_POINTERS.product });
  }
  const consent: unknown = pkg.audience?.consent;
  if (Array.isArray(consent)) {
    consent.slice(0, MAX_CONSENT_ENTRIES).forEach((entry: Record<string, unknown> | null, i) => {
      out.push({
        kind: 'consent',
        label: `${channelLabel(String(entry?.channel))} list`,
        text: consentWords(entry ?? {}),
        pointer: `${FACT_POINTERS.consent}/${i}`,
      });
    });
  }
  const age: unknown = pkg.audience?.minAge;
  if (age !== undefined && age !== null) {
    out.push({
      kind: 'minAge',
      label: FACT_LABELS.minAge,
      text: ageWords(age),
      pointer: FACT_POINTERS.minAge,
    });
  }
  if (out.length > 0) out.splice(out[0]?.kind === 'product' ? 1 : 0, 0, regionsFact(pkg));
  const offer: unknown = pkg.offer;
  if (offer !== null && typeof offer === 'object') {
    const text = offerWords(offer as Record<string, unknown>);
    out.push({ kind: 'offer', label: FACT_LABELS.offer, text, pointer: FACT_POINTERS.offer });
  }
  return out;
}

/**
 * The channel a finding at the consent list as a whole (`/audience/consent`) is about: a channel with copy
 * and no consent entry, which the check names in its quote (`sms: no entry`). A Finding has no channel
 * field and keeps no template variables, so the quote is the one place the channel is written; it is
 * trusted only when the package agrees (no entry for that channel). Undefined when it cannot be told.
 */
export function unstatedConsentChannel(pkg: HandoffPackage, quote: string | undefined): string | undefined {
  const named = /^([a-z][a-z-]*): no entry$/.exec(quote ?? '')?.[1];
  if (named === undefined) return undefined;
  const stated = pkg.audience?.consent ?? [];
  return stated.some((e) => e.channel === named) ? undefined : named;
}

/**
 * The facts on one line ("What is sold: alcohol · Email list: double opt-in, …"), or '' when none; control
 * characters become spaces, so no value can start a line or colour a terminal.
 */
export function factsLine(facts: readonly StatedFact[]): string {
  return (
    facts
      .map((f) => `${f.label}: ${f.text}`)
      .join(' · ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
  );
}
