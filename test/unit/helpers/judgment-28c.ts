import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { hits } from './engine-findings.ts';
import { withCopy } from './engine-fixtures.ts';
import { contract3 } from './judgment-quotes.ts';

/**
 * The bank of stop 28, branch c (endorsements, inclusive language, accessibility), ADR 0028: each kind of
 * wording a code names has lines that must fire and near-misses that must stay quiet, written before the dev
 * misses were read. The bank is split over `rules-judgment-28-c*.test.ts` to keep each file short.
 */

export type Place = { channel?: Channel; kind?: Deliverable['kind']; edit?: (p: HandoffPackage) => void };

/** Does `ruleId` report on `copy`, put as one deliverable on channel 1? */
export function fired(ruleId: string, copy: string, lang: string, place: Place = {}): boolean {
  const pkg = withCopy(copy, place.channel ?? 'social-organic', place.kind ?? 'caption', { language: lang });
  place.edit?.(pkg);
  return hits(pkg, ruleId, contract3()).some((f) => f.pointer.startsWith('/channels/1/'));
}

export type Row = [string, string];

/** One kind: lines that must fire and near-misses that must not, for one rule at one place. */
export function kind(title: string, ruleId: string, fire: Row[], quiet: Row[], place: Place = {}) {
  describe(`${ruleId}: ${title}`, () => {
    it.each(fire)('[%s] %j fires', (lang, copy) => {
      expect(fired(ruleId, copy, lang, place)).toBe(true);
    });
    it.each(quiet)('[%s] %j stays quiet', (lang, copy) => {
      expect(fired(ruleId, copy, lang, place)).toBe(false);
    });
  });
}

export const influencer: Place = { channel: 'influencer' };

/** A line of the later batches: rule, language, copy. */
export type Batch = [string, string, string];

/** Influencer copy for the connection rule, a caption for the rest. */
export const placeOf = (ruleId: string): Place =>
  ruleId === 'endorsement.undisclosed-connection' ? influencer : {};
