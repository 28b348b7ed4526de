import type { HandoffContract } from './contract-schema.ts';
import { isEmptyValue, resolvePointer } from './json-pointer.ts';
import type { HandoffPackage } from './package-schema.ts';

/**
 * What a contract requires of one package: its `requiredFields`, and its `requiredWhen` fields when the
 * package has one of their channels or declares one of their products. Intake rejects a package that
 * leaves one out (validate-value.ts) and scoring reports it (rules/checks/completeness.ts), so both
 * read this one list.
 */

export interface MissingField {
  pointer: string;
  /** Why a conditional field applies, as a clause ("has email copy"); null for an unconditional one. */
  because: string | null;
  /** What the package holds there: absent, or present but empty. */
  found: { present: boolean; value: unknown };
}

type RequiredWhen = NonNullable<HandoffContract['requiredWhen']>[number]['when'];

/** Why a conditional requirement applies (a clause for a message), or null when it does not. */
function conditionMet(pkg: HandoffPackage, when: RequiredWhen): string | null {
  const channels = new Set(pkg.channels.map((c) => c.channel));
  const hasChannel = (when.channels ?? []).filter((c) => channels.has(c));
  if (hasChannel.length > 0) return `has ${hasChannel.join(' and ')} copy`;
  const declared = new Set(pkg.product?.categories ?? []);
  const sells = (when.productCategories ?? []).filter((c) => declared.has(c));
  if (sells.length > 0) return `declares the product category ${sells.join(' and ')}`;
  return null;
}

/** The fields the contract requires of this package that are missing or empty, in contract order. */
export function missingFields(pkg: HandoffPackage, contract: HandoffContract): MissingField[] {
  const wanted: { pointer: string; because: string | null }[] = contract.requiredFields.map((pointer) => ({
    pointer,
    because: null,
  }));
  for (const req of contract.requiredWhen ?? []) {
    const because = conditionMet(pkg, req.when);
    if (because !== null) for (const pointer of req.fields) wanted.push({ pointer, because });
  }
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
