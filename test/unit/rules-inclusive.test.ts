import { readFileSync } from 'node:fs';
import { listRules } from '#core/rulebook';
import { buildInclusiveList, GENERATED_PATH } from '#core/rules/gen-inclusive';
import { findings, hits, spanTexts } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

describe('inclusive language (retext-equality basic patterns)', () => {
  it('keeps the committed generated list up to date with the installed retext-equality', async () => {
    const committed = JSON.parse(readFileSync(GENERATED_PATH, 'utf8'));
    expect(committed).toEqual(await buildInclusiveList());
  });

  it('turns every basic pattern into a rule (warn unless overridden) whose rationale is the pattern note', async () => {
    const list = await buildInclusiveList();
    const rules = listRules().filter(
      (r) =>
        r.family === 'inclusive-language' &&
        r.rulebook.id === 'marketing-default' &&
        r.rulebook.version === '1.1.0',
    );
    expect(rules).toHaveLength(list.patterns.length);
    const addict = rules.find((r) => r.id === 'inclusive.addict');
    expect(addict).toMatchObject({ severity: 'warn', channels: 'all' });
    expect(addict?.rationale).toBe(list.patterns.find((p) => p.id === 'addict')?.note);
  });

  it('reports "words to avoid in educational writing" (easy, just) as info, not as an inclusion warning', () => {
    const copy = 'Five easy steps: just lace up.';
    expect(hits(withCopy(copy), 'inclusive.easy')[0]?.severity).toBe('info');
    expect(hits(withCopy(copy), 'inclusive.just')[0]?.severity).toBe('info');
  });

  it('flags an inconsiderate phrase with its span and suggests alternatives', () => {
    const copy = 'Made for every weekend addict.';
    const found = hits(withCopy(copy), 'inclusive.addict');
    expect(spanTexts(withCopy(copy), 'inclusive.addict', copy)).toEqual(['addict']);
    expect(found[0]?.severity).toBe('warn');
    expect(found[0]?.message).toContain('person with a drug addiction');
  });

  it('matches across hyphens and apostrophes like retext does ("able-bodied", "man’s best friend")', () => {
    const copy = 'For able-bodied hikers and man’s best friend.';
    const pkg = withCopy(copy);
    expect(spanTexts(pkg, 'inclusive.ablebodied', copy)).toEqual(['able-bodied']);
    expect(spanTexts(pkg, 'inclusive.mans-best-friend', copy)).toEqual(['man’s best friend']);
  });

  it('prefers the longer phrase at the same position ("master plan" over "master")', () => {
    const copy = 'Our master plan for spring.';
    const ids = findings(withCopy(copy))
      .filter((f) => f.family === 'inclusive-language')
      .map((f) => f.ruleId);
    expect(ids).toEqual(['inclusive.master-plan']);
  });

  it('matches phrases with capitals only in that exact case ("ADD" but not "add")', () => {
    expect(hits(withCopy('Kids with ADD love it.'), 'inclusive.add')).toHaveLength(1);
    expect(hits(withCopy('Add a pair to your basket.'), 'inclusive.add')).toEqual([]);
  });

  it('does not flag words that only contain a pattern ("masterclass" is not "master")', () => {
    expect(
      findings(withCopy('Join the hiking masterclass.')).filter((f) => f.family === 'inclusive-language'),
    ).toEqual([]);
  });
});
