import { getRulebook } from '#core/rulebook';
import type { TextSite } from '#core/rules/engine';
import { compileRulebook, mayMatch } from '#core/rules/engine';
import { evalTexts, textSite } from './helpers/text-site.ts';

/**
 * The compiled prefilter (word-start and anywhere literals, as `mayMatch` reads them) never hides a match
 * of a guarded rule on any string of the evaluation set. A literal that one rule reads anywhere and another
 * only at a word start passes, inside a word, only the first: this holds the second to its promise.
 * Failures name rules and counts only, never a text (test cases stay unread).
 */
const books = [
  compileRulebook(getRulebook('marketing-default', '1.2.0')),
  compileRulebook(getRulebook('marketing-topics', '1.1.0')),
];

const texts = evalTexts();

describe.each(books.map((cr) => [`${cr.id}@${cr.version}`, cr] as const))('%s', (_name, cr) => {
  const guarded = [
    ...cr.patterns
      .filter((p) => p.bit >= 0)
      .map((p) => ({ id: p.rule.id, re: p.re, bit: p.bit, scopes: [...p.scopes] })),
    ...cr.checks
      .filter((c) => c.bit >= 0 && c.re !== null)
      .map((c) => ({ id: c.rule.id, re: c.re as RegExp, bit: c.bit, scopes: ['copy' as const] })),
  ];

  it('has guarded rules and texts', () => {
    expect(guarded.length).toBeGreaterThan(20);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('lets every text a guarded rule matches through to that rule', () => {
    // One site per text and scope: the prefilter scans each once, then answers every rule from its bits.
    const sites = {
      copy: texts.map((t) => textSite(t, 'copy')),
      text: texts.map((t) => textSite(t, 'text')),
      'cta-url': texts.map((t) => textSite(t, 'cta-url')),
    };
    const hidden: string[] = [];
    for (const g of guarded) {
      const re = new RegExp(g.re.source, g.re.flags.replace('g', ''));
      let n = 0;
      texts.forEach((t, i) => {
        if (g.scopes.every((scope) => mayMatch(cr, sites[scope][i] as TextSite, g.bit))) return;
        if (re.test(t) || re.test(t.toLowerCase())) n++;
      });
      if (n > 0) hidden.push(`${g.id}: ${n}`);
    }
    expect(hidden).toEqual([]);
  }, 600_000);
});
