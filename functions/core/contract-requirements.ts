import type { HandoffContract } from './contract-schema.ts';
import { isEmptyValue, pointerOf, resolvePointer } from './json-pointer.ts';
import {
  type ClaimCategory,
  compares,
  EVIDENCE_FACTS,
  type EvidenceComparison,
  type HandoffPackage,
} from './package-schema.ts';

/**
 * What a contract requires of one package: its `requiredFields`, its `requiredWhen` fields when the
 * package has one of their channels or declares one of their products, and the facts its
 * `requiredEvidenceFacts` asks of each evidence item of a claim in a listed category. Intake rejects a
 * package that leaves one out (validate-value.ts) and scoring reports it (rules/checks/completeness.ts),
 * so both read this one list.
 */

export interface MissingField {
  pointer: string;
  /** Why a conditional field applies, as a clause ("the package has email copy"); null for an unconditional. */
  because: string | null;
  /** What the package holds there: absent, or present but empty. */
  found: { present: boolean; value: unknown };
}

type Wanted = Omit<MissingField, 'found'>;
type RequiredWhen = NonNullable<HandoffContract['requiredWhen']>[number]['when'];

/** Why a conditional requirement applies (a clause for a message), or null when it does not. */
function conditionMet(pkg: HandoffPackage, when: RequiredWhen): string | null {
  const channels = new Set(pkg.channels.map((c) => c.channel));
  const hasChannel = (when.channels ?? []).filter((c) => channels.has(c));
  if (hasChannel.length > 0) return `the package has ${hasChannel.join(' and ')} copy`;
  const declared = new Set(pkg.product?.categories ?? []);
  const sells = (when.productCategories ?? []).filter((c) => declared.has(c));
  if (sells.length > 0) return `the package declares the product category ${sells.join(' and ')}`;
  return null;
}

/** What a claim of each category is, in words for a reason ("the claim “x” is about health"). */
const CLAIM_IS: Record<ClaimCategory, string> = {
  general: 'general',
  performance: 'about performance',
  comparative: 'comparative',
  pricing: 'about pricing',
  health: 'about health',
  finance: 'about finance',
  environmental: 'environmental',
};

/** What a comparing item measured the product against, in words for a reason. */
const COMPARED_WITH: Record<Exclude<EvidenceComparison, 'nothing'>, string> = {
  'own-products': 'the brand’s own other or earlier products',
  'named-competitors': 'named competitors',
  'whole-market': 'the whole market',
};

/** Said of a missing `comparedWith` when `likeForLike` is asked too, so one rejection names both. */
const LIKE_FOR_LIKE_FOLLOWS =
  ' (when the evidence compares it with anything, likeForLike is needed too: whether like was compared with like)';

/**
 * The facts the contract asks of each evidence item, claim by claim, with why. `likeForLike` is asked only
 * of an item that states it compares: for evidence that measured the product alone it means nothing. An
 * item that does not say what it compared with is not asked `likeForLike` yet, but the reason for its
 * `comparedWith` says that it will be when it compares, so an author fixes both in one submission.
 */
function evidenceFactsWanted(pkg: HandoffPackage, contract: HandoffContract): Wanted[] {
  const asks = contract.requiredEvidenceFacts ?? [];
  const out: Wanted[] = [];
  pkg.claims.forEach((claim, i) => {
    const fields = new Set(
      asks.filter((a) => a.claimCategories.includes(claim.category)).flatMap((a) => a.fields),
    );
    const because = `the claim “${claim.id}” is ${CLAIM_IS[claim.category]}`;
    claim.evidence.forEach((item, j) => {
      for (const field of EVIDENCE_FACTS) {
        if (!fields.has(field)) continue;
        const pointer = pointerOf('claims', i, 'evidence', j, field);
        if (field === 'comparedWith' && item.comparedWith === undefined) {
          const follows = fields.has('likeForLike') && item.likeForLike === undefined;
          out.push({ pointer, because: follows ? `${because}${LIKE_FOR_LIKE_FOLLOWS}` : because });
        } else if (field !== 'likeForLike') out.push({ pointer, because });
        else if (compares(item.comparedWith)) {
          out.push({
            pointer,
            because: `${because} and the evidence compares it with ${COMPARED_WITH[item.comparedWith]}`,
          });
        }
      }
    });
  });
  return out;
}

/** The fields the contract requires of this package that are missing or empty (evidence facts last). */
export function missingFields(pkg: HandoffPackage, contract: HandoffContract): MissingField[] {
  const wanted: Wanted[] = contract.requiredFields.map((pointer) => ({ pointer, because: null }));
  for (const req of contract.requiredWhen ?? []) {
    const because = conditionMet(pkg, req.when);
    if (because !== null) for (const pointer of req.fields) wanted.push({ pointer, because });
  }
  wanted.push(...evidenceFactsWanted(pkg, contract));
  const out: MissingField[] = [];
  const seen = new Set<string>();
  for (const w of wanted) {
    if (seen.has(w.pointer)) continue;
    const found = resolvePointer(pkg, w.pointer);
    if (!found.present || isEmptyValue(found.value)) {
      seen.add(w.pointer);
      out.push({ ...w, found });
    }
  }
  return out;
}
