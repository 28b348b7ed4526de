import { LANGUAGES, type Language } from '../rulebook.ts';

/**
 * Deterministic language identification for copy without a language tag: count frequent function
 * words (stopwords) and diacritics per language and take the best score; text in a non-Latin script is
 * "other". No locale APIs, no models: the same text always gives the same answer.
 */

const STOPWORDS: Readonly<Record<string, string>> = {
  en: 'the and you your for with our this that are is to of in on it we be at from all now by get new',
  es: 'el la los las y de del que en es por para con tu tus su nuestro nuestra una un al más ya desde hasta',
  de: 'der die das und ist mit für sie ihr ihre wir unser unsere ein eine den dem nicht auch jetzt auf bei zum zur',
  fr: 'le la les et de des du est pour avec vous votre vos nous notre nos une un au aux sur dans ce cette',
  it: 'il lo gli e di del della che è per con tuo tua nostro nostra una un al alla sono nel questo ora',
  nl: 'de het een en van voor met je jouw jullie wij onze ons is niet ook op bij nu dit deze naar',
  pt: 'o os as e de do da que em é por para com seu sua nosso nossa um uma ao mais já você não',
  pl: 'i w z na do nie się jest to dla od po że jak przez czy ale już tylko',
  sv: 'och att det är för med som på en ett av till vi du din ditt våra inte nu',
  tr: 've bir bu için ile da de çok daha en her şimdi sizin bizim olan gibi',
};

const WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    for (const w of list.split(' ')) {
      const langs = m.get(w) ?? [];
      langs.push(lang);
      m.set(w, langs);
    }
  }
  return m;
})();

/** Letters that point at one language (a weak signal, one point each). */
const MARKS: Readonly<Record<string, RegExp>> = {
  de: /[äöüß]/gu,
  fr: /[çèêëîôœù]/gu,
  es: /[ñ¿¡]/gu,
  pl: /[ąćęłńśźż]/gu,
  tr: /[ğışİ]/gu,
  pt: /[ãõ]/gu,
  sv: /[å]/gu,
};

const NON_LATIN =
  /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;
const WORD = /\p{L}+/gu;
const NON_LATIN_ALL = new RegExp(NON_LATIN.source, 'gu');
const LETTER = /\p{L}/gu;

/**
 * Is the text written in a script the rulebooks do not read? A word of one in Latin copy ("いただきます"
 * after a German knife course, a Greek "π") is a quotation, not the copy's language: a quarter of the
 * letters, or 40 of them, is.
 */
function mostlyNonLatin(text: string): boolean {
  if (!NON_LATIN.test(text)) return false;
  const other = text.match(NON_LATIN_ALL)?.length ?? 0;
  return other >= 40 || other * 4 >= (text.match(LETTER)?.length ?? 0);
}

/**
 * Detection results by text: the view, the language checks and the artifact ask about the same copy, and
 * batch scoring meets the same subject lines again. Bounded; a pure function's cache cannot change results.
 */
const DETECTED = new Map<string, string | null>();
const DETECTED_MAX = 2048;

/** The most likely language subtag of the text, 'other' for a non-Latin script, or null when unsure. */
export function detectLanguage(text: string): string | null {
  const known = DETECTED.get(text);
  if (known !== undefined) return known;
  const found = detect(text);
  if (DETECTED.size >= DETECTED_MAX) DETECTED.clear();
  DETECTED.set(text, found);
  return found;
}

function detect(text: string): string | null {
  return detectScored(text).language;
}

/** The detected language and its evidence (stopwords and marks counted); ties keep en, es, de, fr first. */
function detectScored(text: string): { language: string | null; top: number } {
  if (mostlyNonLatin(text)) return { language: 'other', top: Number.POSITIVE_INFINITY };
  const score = new Map<string, number>();
  const lower = text.toLowerCase();
  for (const w of lower.match(WORD) ?? []) {
    for (const lang of WORDS.get(w) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  }
  for (const [lang, re] of Object.entries(MARKS)) {
    const n = lower.match(re)?.length ?? 0;
    if (n > 0) score.set(lang, (score.get(lang) ?? 0) + Math.min(n, 3));
  }
  let best: string | null = null;
  let top = 0;
  // Ties keep the earlier language of STOPWORDS (en, es, de, fr first): deterministic.
  for (const lang of Object.keys(STOPWORDS)) {
    const n = score.get(lang) ?? 0;
    if (n > top) {
      best = lang;
      top = n;
    }
  }
  return { language: top >= 2 ? best : null, top };
}

/** The primary subtag of a BCP 47 tag (`pt-BR` → `pt`). */
export const primaryTag = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? tag;

/** Is there a rulebook for this language? */
export const covered = (lang: string): lang is Language => (LANGUAGES as readonly string[]).includes(lang);

/** A language without a rulebook, when the copy shows it clearly (at least four stopwords or marks). */
const MISDECLARED = new Map<string, string | null>();
function misdeclared(copy: string): string | null {
  const known = MISDECLARED.get(copy);
  if (known !== undefined) return known;
  const { language, top } = detectScored(copy);
  const found = language !== null && !covered(language) && top >= 4 ? language : null;
  if (MISDECLARED.size >= DETECTED_MAX) MISDECLARED.clear();
  MISDECLARED.set(copy, found);
  return found;
}

/** A deliverable's language: its declared tag, or the detected one (recorded as detected). */
export function languageOf(d: { copy: string; language?: string | undefined }): {
  language: string | null;
  source: 'declared' | 'detected';
} {
  if (d.language !== undefined) {
    const declared = primaryTag(d.language);
    // Copy tagged with a covered language but plainly written in another (an Italian ad tagged "en") is
    // read as what it is, so it cannot pass rules that do not understand it.
    if (covered(declared)) {
      const seen = misdeclared(d.copy);
      if (seen !== null) return { language: seen, source: 'detected' };
    }
    return { language: declared, source: 'declared' };
  }
  return { language: detectLanguage(d.copy), source: 'detected' };
}

/**
 * Does copy in a language without a rulebook carry that language's own ad marker (`marker`, a rule's data:
 * "REKLAME for …", "i samarbete med")? Then a rule that looks for a disclosure in the rulebooks' words
 * cannot say it is missing: a person who reads the language decides (language.unsupported). Copy in
 * en/es/de/fr, or whose language cannot be told, is not; a rule without such a marker routes none.
 */
export function disclosedInOwnWords(
  d: { copy: string; language?: string | undefined },
  marker: RegExp | null,
): boolean {
  if (marker === null) return false;
  const { language } = languageOf(d);
  return language !== null && !covered(language) && marker.test(d.copy);
}

/** Is the deliverable in a language some rulebook covers (or of unknown language)? */
export function readable(d: { copy: string; language?: string | undefined }): boolean {
  const { language } = languageOf(d);
  return language === null || covered(language);
}
