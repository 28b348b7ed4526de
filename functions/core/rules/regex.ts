/** Regex building blocks shared by the rule compiler, the literal prefilter and the phrase matcher. */

export const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
export const WORD_AFTER = '(?![\\p{L}\\p{N}_])';
/** First character of a literal or phrase for which `\b` before it is implied by WORD_BEFORE. */
export const ASCII_WORD_START = /^[a-z0-9]/i;

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/**
 * Regex source for a set of phrases (each a list of atoms: one escaped character, `\s+` or a
 * wildcard word), factored as a trie so the engine follows one branch per character instead of
 * trying hundreds of alternatives at every position. Greedy optional tails make the longest phrase
 * win at a given start ("master plan" over "master").
 */
export function trieSource(phrases: readonly (readonly string[])[]): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const atoms of phrases) {
    let node = root;
    for (const atom of atoms) {
      let next = node.children.get(atom);
      if (next === undefined) {
        next = { terminal: false, children: new Map() };
        node.children.set(atom, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.children.keys()]
      .sort()
      .map((atom) => atom + emit(node.children.get(atom) as TrieNode));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    if (!node.terminal) return body;
    return alts.length === 1 && (alts[0] as string).length === 1 ? `${body}?` : `(?:${alts.join('|')})?`;
  };
  return emit(root);
}
