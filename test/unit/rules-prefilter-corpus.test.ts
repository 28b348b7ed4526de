import { getRulebook } from '#core/rulebook';
import { evalTexts } from './helpers/text-site.ts';

/**
 * Prefilter literals (`requires`) may never hide a match. Every rule of the rulebooks the contract names
 * is run on every string of the evaluation set (its texts only, never its labels): wherever the rule's
 * regex matches, one of its literals must occur in the lowercased text.
 */
const books = [getRulebook('marketing-default', '1.2.0'), getRulebook('marketing-topics', '1.1.0')];

const texts = evalTexts();

interface Checked {
  id: string;
  re: RegExp;
  requires: readonly string[];
}

const checked: Checked[] = books.flatMap((rb) =>
  rb.rules.flatMap((r): Checked[] => {
    const m = r.match;
    if (m.kind === 'pattern' && m.requires !== undefined) {
      return [
        {
          id: r.id,
          re: new RegExp(m.source, `${m.flags.replace('g', '')}u`.replace('uu', 'u')),
          requires: m.requires,
        },
      ];
    }
    if (m.kind === 'check' && m.check === 'audience-copy') {
      const p = m.params as { pattern: string; requires?: string[] };
      if (p.requires !== undefined)
        return [{ id: r.id, re: new RegExp(p.pattern, 'u'), requires: p.requires }];
    }
    return [];
  }),
);

describe('prefilter literals on the evaluation corpus', () => {
  it('has rules and texts to check', () => {
    expect(checked.length).toBeGreaterThan(20);
    expect(texts.length).toBeGreaterThan(1000);
  });

  // One rule's regex on every text of a corpus that grows each round (the largest take seconds alone): a
  // busy machine must not fail it, so the limit is far above an idle run.
  it.each(checked.map((c) => [c.id, c] as const))(
    '%s: no match without one of its literals',
    (_id, c) => {
      const hidden = texts.filter((t) => {
        const lower = t.toLowerCase();
        return c.re.test(lower) || c.re.test(t) ? !c.requires.some((l) => lower.includes(l)) : false;
      });
      expect(hidden).toEqual([]);
    },
    120_000,
  );
});
