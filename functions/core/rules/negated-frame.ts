/**
 * Whether a claim found at `index` of `text` is stated inside a negation, so the copy does not make it:
 * "we're not going to tell you a bottle is good for the planet", "Wir behaupten nicht, dass …
 * umweltfreundlich", "nous ne dirons pas que … écologique", "this isn't eco-friendly", "no es respetuoso".
 * Read within the sentence (up to the last . ! ? ; or : before the claim): a negation with a verb of
 * saying or believing ahead of the claim, or a negation right before it. A colon ends the frame: "don't
 * settle for less: it's eco-friendly" states the claim; so do a dash and a contrast ("but", "aber", "pero",
 * "mais"), and "you won't believe how eco-friendly" or "I can't tell you how …" is praise, not denial.
 * Green Guides 260.4 and Directive (EU) 2024/825 are about claims a marketer makes, not ones it declines
 * to make. Pure.
 */

const NEG =
  "(?:not|\\p{L}*n['’]t|never|no one|nobody|nicht|niemand|nie|kein\\p{L}*|no|nunca|nadie|ningun\\p{L}*|jamás|ne|aucun\\p{L}*|n['’]|jamais|personne)";
const SAY =
  '(?:tell|say|says|saying|claim|claims|pretend|promise|call|believe|suggest|label|behaupt\\p{L}*|sag\\p{L}*|versprech\\p{L}*|nenn\\p{L}*|erzähl\\p{L}*|decir\\p{L}*|digas|diremos|dir[eé]|afirm\\p{L}*|promet\\p{L}*|llamar|contar\\p{L}*|dire|dirons|dira|dirai|prétend\\p{L}*|affirm\\p{L}*|promett\\p{L}*|appeler|raconter)';
/** A negation then, within five words, a verb of saying; or (German, French) the verb then the negation. */
const SAYING_DENIED = new RegExp(
  `(?<![\\p{L}])(?:${NEG}(?:\\s+[\\p{L}'’-]+){0,5}?\\s+${SAY}|${SAY}(?:\\s+[\\p{L}'’-]+)?\\s+(?:nicht|pas|jamais|nie))(?![\\p{L}])(?!(?:\\s+(?:you|u))?\\s+how(?![\\p{L}]))`,
  'iu',
);
/** A contrast ends what a negation before it denies: "we're not saying it's perfect, but it's …". */
const CONTRAST = /(?<![\p{L}])(?:but|aber|sondern|pero|sino|mais)(?![\p{L}])/giu;
/** "isn't", "is never", "ist nicht", "n'est pas", "no es", with at most two softeners, right before the claim. */
const DENIED_BEFORE =
  /(?<![\p{L}])(?:not|\p{L}*n['’]t|never|nicht|nie|pas|jamais|no (?:es|son|está|están|sea|sean)|kein\p{L}*)(?:\s+(?:a|an|very|really|particularly|exactly|always|that|so|truly|sehr|besonders|wirklich|so|très|vraiment|particulièrement|muy|tan|realmente|un|una|une|ein|eine|einen))*\s*$/iu;

export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 200), index);
  const cut = Math.max(...['.', '!', '?', ';', ':', '\n', '—', '–'].map((c) => before.lastIndexOf(c)));
  let frame = before.slice(cut + 1);
  const contrast = [...frame.matchAll(CONTRAST)].pop();
  if (contrast !== undefined) frame = frame.slice((contrast.index ?? 0) + contrast[0].length);
  return DENIED_BEFORE.test(frame) || SAYING_DENIED.test(frame);
}
