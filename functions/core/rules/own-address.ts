import type { PatternMatch } from '../rulebook.ts';
import { paramRegex } from './regex.ts';
import { findWholeWords } from './text.ts';
import type { PackageView } from './view.ts';

type OwnAddress = NonNullable<PatternMatch['ownAddress']>;

/**
 * Is the address matched at [start, end) the advertiser's own, not a private person's (GDPR art. 4(1))? The
 * brand's name before it ("Schuhhaus Brandl, Herrengasse 19"), the sender's own street and number, or a shop's
 * or imprint's cues beside it with no person there ("Mo–Sa 9–18 Uhr", "Impressum", "our new store").
 */
export function advertisersOwn(
  view: PackageView,
  text: string,
  start: number,
  end: number,
  p: OwnAddress,
): boolean {
  const matched = text.slice(start, end);
  const around = text.slice(Math.max(0, start - p.within), Math.min(text.length, end + p.within));
  // A person beside it ("winner: …", "lives at") makes it theirs, whoever else shares the street.
  if (paramRegex(p.person, 'iu').test(around)) return false;
  const name = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.exec(matched)?.[0].toLowerCase();
  if (name !== undefined && findWholeWords(view.ownLower, name).length > 0) return true;
  if (sendersStreet(view.pkg.sender?.postalAddress, matched)) return true;
  return paramRegex(p.business, 'iu').test(around);
}

/** Words that name no street by themselves: "8 rue Cler" and "8 rue de Rivoli" share only "8 rue". */
const GENERIC =
  /^(?:rue|avenue|av\.?|ave\.?|boulevard|bd|blvd|place|pl\.?|allée|impasse|chemin|route|quai|cours|calle|c\/|avenida|avda\.?|plaza|paseo|carrer|via|viale|piazza|de|del|des|du|la|le|les|el|di|flat|apt\.?|apartment|suite|unit|no\.?|nr\.?|nº)$/u;

/** Does the match give a house number with its street ("150 Harrogate Road", "Herrengasse 19") the sender's address has? */
function sendersStreet(postal: string | undefined, matched: string): boolean {
  if (postal === undefined) return false;
  const flat = (s: string) => s.toLowerCase().replace(/[,;]/gu, ' ').trim().split(/\s+/u);
  const sender = ` ${flat(postal).join(' ')} `;
  const words = flat(matched);
  for (let i = 0; i < words.length; i++) {
    const n = words[i] as string;
    if (!/^\d{1,5}[a-z]?$/u.test(n)) continue;
    const before = words[i - 1];
    if (before !== undefined && !GENERIC.test(before) && sender.includes(` ${before} ${n} `)) return true;
    // After the number, read on past generic words to the street's own name.
    let j = i + 1;
    while (j < words.length && GENERIC.test(words[j] as string)) j++;
    if (j < words.length && sender.includes(` ${words.slice(i, j + 1).join(' ')} `)) return true;
  }
  return false;
}
