/**
 * A toy's age grade: the youngest age the claim says the product suits ("Geeignet ab 18 Monaten", "from 18
 * months", "18m+", "dès 2 ans", "a partir de 12 meses", "ages 2 and up") against the youngest age its own test
 * report or certificate allows ("nur mit Altersgrenze 3+", "not suitable for children under 36 months",
 * "ne convient pas aux enfants de moins de 3 ans"). A claim that recommends a toy for children younger than
 * its safety assessment allows is false and dangerous (Toy Safety Directive 2009/48/EC Art. 11 and Annex V;
 * EN 71-1; UCPD Art. 6(1)(b); CPSC 16 CFR 1501). Ages are compared in months. Lowercase text; pure.
 * Only child-age wording is a grade: "plans from 12 months" or "whisky aged 12 years" is a term, not an age.
 */

/** Units: months, or years (the default when a grade is written "3+"). */
const MONTHS = /^(?:m|mo|mos|months?|monaten?|monat|mois|meses?)$/u;
const UNIT =
  '(?:(m|mo|mos|months?|monaten?|monat|mois|meses?|y|yrs?|years?|jahren?|jahre|j|ans?|años?|a)(?![\\p{L}]))';

/** A grade the claim recommends: "ab 18 Monaten", "from 3 years", "ages 2+", "18m+", "3 ans et plus". */
const CLAIM_GRADE = new RegExp(
  [
    `(?<![\\p{L}])(?:ab|dès|à partir de|a partir de|for ages?|ages?|(?:suitable|recommended|for (?:children|kids|babies|toddlers)|children|kids|babies|toddlers) (?:from|aged|over)|empfohlen ab|geeignet ab|für kinder ab|pour les enfants dès|para niños desde|para niños a partir de)\\s+(?:(?:the )?age (?:of )?)?(\\d{1,2})(?:\\s?(?:-|–|to|bis|à|a)\\s?\\d{1,2})?\\s?${UNIT}?`,
    `(?<![\\d.,])(\\d{1,2})\\s?${UNIT}\\s?(?:\\+|and up|and over|and older|und älter|und mehr|et plus|y más|en adelante)`,
    `(?<![\\d.,\\p{L}-])(?:ages?|âge|edad|alter)\\s?(\\d{1,2})\\s?\\+`,
  ].join('|'),
  'u',
);

/** The youngest age the evidence allows: "not suitable for children under 36 months", "Altersgrenze 3+". */
const EVIDENCE_GRADE = new RegExp(
  [
    `(?:not suitable|unsuitable|not (?:intended|recommended|safe)|nicht geeignet|ungeeignet|nicht empfohlen|ne convient pas|non adapté|déconseillé|no (?:es )?(?:adecuado|apto|recomendado|indicado))[^.;\\n]{0,40}?(?:under|below|younger than|unter|de moins de|moins de|menores de|de menos de)\\s(\\d{1,2})\\s?${UNIT}`,
    `(?:age grade|age grading|age limit|minimum age|altersgrenze|altersfreigabe|mindestalter|altersangabe|âge minimum|limite d['’]âge|edad mínima|límite de edad)[^.;\\n\\d]{0,20}?(\\d{1,2})\\s?(?:\\+|${UNIT})`,
    `(?:only|nur|seulement|solo|sólo|uniquement)\\s(?:with|mit|avec|con)\\s(?:an? |einer |une |un )?(?:age|alters|âge|edad)\\p{L}*\\s(?:of |von |de )?(\\d{1,2})\\s?(?:\\+|${UNIT})`,
  ].join('|'),
  'gu',
);

function months(value: string, unit: string | undefined): number {
  const n = Number(value);
  if (unit !== undefined && MONTHS.test(unit)) return n;
  // "3+" without a unit is a grade in years, and so is a bare "ab 3".
  return n * 12;
}

/** The youngest age, in months, the claim text recommends the product for, or null. */
export function claimedAge(textLower: string): number | null {
  const m = CLAIM_GRADE.exec(textLower);
  if (m === null) return null;
  if (m[1] !== undefined) return months(m[1], m[2]);
  if (m[3] !== undefined) return months(m[3], m[4]);
  return months(m[5] as string, undefined);
}

/** The youngest age, in months, the summary allows (the highest such limit it states), or null. */
export function allowedAge(summaryLower: string): number | null {
  let best: number | null = null;
  for (const m of summaryLower.matchAll(EVIDENCE_GRADE)) {
    const age =
      m[1] !== undefined
        ? months(m[1], m[2])
        : m[3] !== undefined
          ? months(m[3], m[4])
          : months(m[5] as string, m[6]);
    if (best === null || age > best) best = age;
  }
  return best;
}

/** Toys are products for children under 14 (2009/48/EC Art. 2): a grade from 14 years up is not a toy's. */
const TOY_AGES = 14 * 12;

/** Does the claim recommend the product for children younger than its evidence allows? */
export function belowAgeGrade(claimLower: string, summaryLower: string): boolean {
  const claimed = claimedAge(claimLower);
  // "18+" against "minimum age 21" is not a toy; nor is a contract's "minimum age 18" against any age.
  if (claimed === null || claimed >= TOY_AGES) return false;
  const allowed = allowedAge(summaryLower);
  return allowed !== null && allowed < TOY_AGES && claimed < allowed;
}

/**
 * Whether one of the claim's evidence items grades the product older than the claim does: the finding is
 * then about children's safety, whatever the claim's category. Read only for a package that sells a toy
 * (the `ageGrade` of evidence.contradicted), so a plan's or a warranty's months are never an age.
 */
export function gradedTooYoung(claim: {
  text: string;
  evidence: readonly { summary?: string | undefined }[];
}): boolean {
  const text = claim.text.toLowerCase();
  return claim.evidence.some((e) => belowAgeGrade(text, (e.summary ?? '').toLowerCase()));
}
