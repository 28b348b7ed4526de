/**
 * A gendered title held by a named person ("Declan Whelan, Chairman of …", "Spokeswoman Ana Ruiz said"):
 * retext-equality's `or` pairs are about a word standing for any holder of a role, and APA bias-free
 * language calls a named person by the title they hold, so such a hit is not raised.
 */

// Given name and family name, each capitalised ("Ana Ruiz", "Declan O'Brien", "Jean-Luc de Vries").
const NAME =
  "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?(?:\\s+\\p{Lu}\\.)?\\s+(?:(?:de|van|von|da|di|del|le|la)\\s+)?\\p{Lu}[\\p{L}'’-]*\\p{Ll}(?![\\p{L}])";
// The name, then a comma or parenthesis and at most a possessive and one rank word before the title.
const BEFORE = new RegExp(
  `(?<![\\p{L}])${NAME}\\s*(?:,|\\()\\s*(?:(?:the|our|its|their|his|her|[\\p{L}]+['’]s)\\s+)?(?:(?:former|new|acting|deputy|vice|executive|non-executive|honorary|group|founding|outgoing|incoming|interim)[\\s-]+)?$`,
  'u',
);
// The title directly before the name, or before a comma and the name.
const AFTER = new RegExp(`^(?:\\s+of\\s+the\\s+board)?,?\\s+${NAME}`, 'u');

/** The hit at [start, end) of the original text is a title attached to a person's name. */
export function titlesNamedPerson(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, start - 80), start)) || AFTER.test(text.slice(end, end + 80));
}
