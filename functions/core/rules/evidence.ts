import { type Claim, type ClaimCategory, compares } from '../package-schema.ts';
import { contradicts, figureNotStated } from './contradiction.ts';
import { meetsFloors, quotedBundle, unlikeSides, withoutTrialDesign } from './evidence-figures.ts';
import { priceHistoryAgainst } from './evidence-price.ts';
import { unsupported } from './evidence-support.ts';

/**
 * Evidence quality: whether the evidence on file for a claim counts. Evidence counts when it names a
 * source (`ref`), says what it shows (`summary`), was verified on a date (`verifiedOn`) no more than
 * `maxAgeDays` before the package was submitted, and is of a kind that can back a claim of that
 * category (customer reviews cannot back a health or performance claim). Pure and deterministic: the
 * reference date is the package's `submittedAt`, never the clock.
 */

export type EvidenceProblem =
  | 'missing'
  | 'stale'
  | 'partial'
  | 'unsuitable'
  | 'contradicted'
  | 'figure'
  | 'unsupported'
  | 'part-only'
  | 'no-comparison'
  | 'unlike';

export interface EvidencePolicy {
  maxAgeDays: number;
  /** Evidence kinds that cannot back a claim of the category. */
  unsuitable: Readonly<Partial<Record<string, readonly string[]>>>;
}

/** The defaults of marketing-default@1.1.0's `evidence-quality` rule; the view uses them for "backed". */
export const DEFAULT_EVIDENCE_POLICY: EvidencePolicy = {
  maxAgeDays: 730,
  unsuitable: {
    health: ['customer-testimonial'],
    finance: ['customer-testimonial'],
    performance: ['customer-testimonial'],
    comparative: ['customer-testimonial'],
    environmental: ['customer-testimonial'],
  },
};

const DAY_MS = 86_400_000;

/** Whole days from an ISO day (YYYY-MM-DD) to an ISO instant; NaN when either does not parse. */
export function daysBetween(day: string, instant: string): number {
  return Math.floor((Date.parse(instant) - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
}

/** The problem with one evidence item for a claim of `category`, or null when it counts. */
function itemProblem(
  e: Claim['evidence'][number],
  category: ClaimCategory,
  submittedAt: string,
  policy: EvidencePolicy,
): Exclude<EvidenceProblem, 'missing' | 'contradicted'> | null {
  if (policy.unsuitable[category]?.includes(e.kind)) return 'unsuitable';
  if (e.verifiedOn === undefined || e.ref.trim() === '') return 'partial';
  if (daysBetween(e.verifiedOn, submittedAt) > policy.maxAgeDays) return 'stale';
  return null;
}

type Item = Claim['evidence'][number];

// The view and every evidence rule ask about the same claims; reading their summaries is the costly part
// and does not depend on the policy, so it is done once per claim, and again only if the claim changed.
type Against = 'contradicted' | 'figure' | 'unsupported' | null;
const CONTRADICTED = new WeakMap<Claim, { key: string; value: Against }>();
function contradictedClaim(claim: Claim): Against {
  const key = `${claim.category}\u0000${claim.text}\u0000${claim.evidence.map((e) => e.summary ?? '').join('\u0000')}`;
  const known = CONTRADICTED.get(claim);
  if (known !== undefined && known.key === key) return known.value;
  // A deadline or stock claim is general or pricing; "soles last 800 km" is not one, whatever its words.
  const timing = claim.category === 'general' || claim.category === 'pricing';
  // Evidence that tested something other than the claim as made (evidence-support.ts) backs nothing either.
  const value = claim.evidence.some(
    (e) => contradicts(claim, withoutTrialDesign(e.summary, timing)) || priceHistoryAgainst(claim, e.summary),
  )
    ? 'contradicted'
    : figureNotStated(claim) && !meetsFloors(claim)
      ? 'figure'
      : unsupported(claim)
        ? 'unsupported'
        : null;
  CONTRADICTED.set(claim, { key, value });
  return value;
}

/**
 * What the evidence states of itself (ADR 0022), read only when every counting item states it: all of
 * them cover only `part` of the claim (FTC substantiation: the claim as made; Green Guides 260.3(c);
 * Directive (EU) 2024/825 Annex I 4b); a claim against others whose evidence measured nothing outside the
 * brand's own range (Directive 2006/114/EC Art. 4(c); CAP 3.33); or every comparison on file set unlike
 * things side by side (Directive 2006/114/EC Art. 4(b)). An item that does not state the fact is unknown;
 * for a comparative claim its summary is read instead, for two unlike offers side by side (evidence-figures.ts).
 */
function factProblem(claim: Claim, counting: readonly Item[]): EvidenceProblem | null {
  if (counting.every((e) => e.covers === 'part')) return 'part-only';
  if (
    claim.category === 'comparative' &&
    counting.every((e) => e.comparedWith === 'nothing' || e.comparedWith === 'own-products')
  )
    return 'no-comparison';
  const comparing = counting.filter((e) => compares(e.comparedWith));
  if (comparing.length > 0 && comparing.every((e) => e.likeForLike === false)) return 'unlike';
  // Unstated, a comparison is read from the summaries: two tiers, bundles or sizes side by side.
  const text = claim.text.toLowerCase();
  const read = counting.filter((e) => e.likeForLike === undefined && (e.summary ?? '').trim() !== '');
  if (
    claim.category === 'comparative' &&
    read.length === counting.length &&
    read.every(
      (e) => unlikeSides(e.summary as string) || quotedBundle(text, (e.summary as string).toLowerCase()),
    )
  )
    return 'unlike';
  return null;
}

/**
 * Contradicted when any evidence item says the claim is not so (it outweighs the others) or states other
 * figures than the claim's; else the problem of what the counting items state of themselves, or null;
 * with no item counting, the problem of the first item (or missing).
 */
export function evidenceProblem(
  claim: Claim,
  submittedAt: string,
  policy: EvidencePolicy = DEFAULT_EVIDENCE_POLICY,
): EvidenceProblem | null {
  if (claim.evidence.length === 0) return 'missing';
  const against = contradictedClaim(claim);
  if (against !== null) return against;
  let first: EvidenceProblem | null = null;
  const counting: Item[] = [];
  for (const e of claim.evidence) {
    const p = itemProblem(e, claim.category, submittedAt, policy);
    if (p === null) counting.push(e);
    else first ??= p;
  }
  return counting.length > 0 ? factProblem(claim, counting) : first;
}

/**
 * Evidence that measured nothing outside the brand's own range cannot back a claim to beat the market
 * (a superlative is a comparison with every competitor: CAP 3.33, UCPD Art. 6(1)(b)): every item states
 * `comparedWith` nothing or own-products, or none states it and a summary says so in words (`ownOnly`).
 */
export function measuredOnlyOwn(claim: Claim, ownOnly: RegExp, submittedAt: string): boolean {
  // Only the items that count: a stale market study beside a current own-range test backs nothing.
  const items = claim.evidence.filter(
    (e) => itemProblem(e, claim.category, submittedAt, DEFAULT_EVIDENCE_POLICY) === null,
  );
  if (items.length === 0) return false;
  if (items.every((e) => e.comparedWith === 'nothing' || e.comparedWith === 'own-products')) return true;
  return items.every((e) => e.comparedWith === undefined) && items.some((e) => ownOnly.test(e.summary ?? ''));
}

/**
 * Whether `nameLower` is one of the brand's own products: a claim that names it has evidence, all of
 * which states it compared the brand's own range ("Pulse 2 vs. Pulse 1", CASE-FORMAT: a performance claim).
 */
export function ownProductNamed(claims: readonly Claim[], nameLower: string): boolean {
  if (nameLower === '') return false;
  const name = nameLower.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // The name must be what the claim compares with ("than Pulse 1", "vs. Pulse 1"), not any word of it.
  const compared = new RegExp(
    `(?:than|vs\\.?|versus|compared (?:to|with)|que|als|contre|frente a)\\s+(?:the |our |el |la |le |der |die |das |nuestro |notre |unser\\p{L}{0,2} )?${name}(?![\\p{L}])`,
    'u',
  );
  return claims.some(
    (c) =>
      c.evidence.length > 0 &&
      c.evidence.every((e) => e.comparedWith === 'own-products') &&
      compared.test(c.text.toLowerCase()),
  );
}
