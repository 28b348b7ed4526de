/**
 * An award or certificate whose evidence names the product it went to ("awarded to 'Los Olivos Picual'"),
 * cited by copy that sells a sibling of it: the award backs the product that won it, not the range (FTC
 * Policy Statement on Advertising Substantiation: the claim as made; CAP 3.7; UCPD Art. 6(1)(b)). The name
 * in quotes after the summary's `winner` phrase shares a word with the copy (the same brand or range) and
 * has a word of its own the copy never says (another variety, model or edition). Pure.
 */

const QUOTED =
  /^\s*(?:the\s+|el\s+|la\s+|le\s+|der\s+|die\s+|das\s+)?["'“”‘’«»„‚]\s*([^"'“”‘’«»„‚]{3,80}?)\s*["'“”‘’«»‚]/u;
const WORD = /\p{L}[\p{L}\p{N}-]*/gu;

const words = (s: string) => [...s.matchAll(WORD)].map((m) => m[0]);

const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(winner: RegExp): RegExp {
  let re = GLOBAL.get(winner);
  if (re === undefined) {
    re = new RegExp(winner.source, 'giu');
    GLOBAL.set(winner, re);
  }
  return re;
}

/** The names the summary says the award went to (after `winner`, in quotes). */
function winners(summary: string, winner: RegExp): string[] {
  const out: string[] = [];
  // Most summaries name no winner: one test first; the `g` copy is built once per pattern, not per call.
  const re = globalOf(winner);
  re.lastIndex = 0;
  if (!re.test(summary)) return out;
  re.lastIndex = 0;
  for (const m of summary.matchAll(re)) {
    const q = QUOTED.exec(summary.slice((m.index ?? 0) + m[0].length));
    if (q !== null) out.push(q[1] as string);
  }
  return out;
}

/** Whether every named winner in the summaries is another product than the one `copies` sell. */
export function otherWinner(
  summaries: readonly string[],
  copies: readonly string[],
  winner: RegExp,
): boolean {
  // The names first: without one, the copies' words (every deliverable citing the claim) are not read.
  const names = summaries.flatMap((s) => winners(s, winner));
  if (names.length === 0) return false;
  const said = new Set(copies.flatMap((c) => words(c.toLowerCase())));
  if (said.size === 0) return false;
  return names.every((name) => {
    // Capitalised words of four letters or more name the product; "Pro", "de", "2026" do not tell it apart.
    const own = words(name).filter((w) => /^\p{Lu}\p{L}{3,}/u.test(w));
    const shared = own.some((w) => said.has(w.toLowerCase()));
    return shared && own.some((w) => !said.has(w.toLowerCase()));
  });
}
