import fc from 'fast-check';
import type { RuleData } from '#core/rulebook-schema';
import { inRegions, reads } from '#core/rules/checks/reading';
import type { Prefiltered } from '#core/rules/prefilter';
import { eachMatch } from '#core/rules/regex';
import type { PackageView } from '#core/rules/view';
import { textSite } from './helpers/text-site.ts';

/** The helpers every copy check reads texts and matches with (checks/reading.ts, regex.ts). */

const rule = (languages?: string[]) => ({ id: 'test.rule', languages }) as unknown as RuleData;
// A check without a prefilter bit never consults the prefilter, so none is built here.
const noPrefilter = {} as Prefiltered;

describe('eachMatch', () => {
  it('yields every non-empty match from the text start, whatever lastIndex was left at', () => {
    const re = /a*/g;
    re.lastIndex = 3;
    expect([...eachMatch(re, 'baacaaa')].map((m) => [m.index, m[0]])).toEqual([
      [1, 'aa'],
      [4, 'aaa'],
    ]);
  });

  it('ends on a pattern that matches only the empty string', () => {
    expect([...eachMatch(/(?:)/g, 'abc')]).toEqual([]);
  });

  it('agrees with matchAll on ASCII text, empty matches set aside', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab ]{0,40}$/),
        fc.constantFrom('a+', 'b*', '(?:ab)*', '\\b'),
        (text, src) => {
          const ours = [...eachMatch(new RegExp(src, 'g'), text)].map((m) => [m.index, m[0]]);
          const theirs = [...text.matchAll(new RegExp(src, 'g'))]
            .filter((m) => m[0] !== '')
            .map((m) => [m.index, m[0]]);
          expect(ours).toEqual(theirs);
        },
      ),
    );
  });
});

describe('reads', () => {
  const at = (channel: 'email' | 'sms' | null, language: string | null) => ({
    ...textSite('Hello'),
    channel,
    language,
  });

  it("reads a text of a check's channels, or of no channel", () => {
    const cc = { rule: rule(), channels: new Set(['email'] as const), bit: -1 };
    expect(reads(cc, noPrefilter, at('email', 'en'))).toBe(true);
    expect(reads(cc, noPrefilter, at(null, 'en'))).toBe(true);
    expect(reads(cc, noPrefilter, at('sms', 'en'))).toBe(false);
  });

  it("asks for the rulebook's language only when told to", () => {
    const cc = { rule: rule(['en']), channels: null, bit: -1 };
    expect(reads(cc, noPrefilter, at('sms', 'de'))).toBe(true);
    expect(reads(cc, noPrefilter, at('sms', 'de'), true)).toBe(false);
    expect(reads(cc, noPrefilter, at('sms', 'en'), true)).toBe(true);
    expect(reads(cc, noPrefilter, at('sms', null), true)).toBe(true);
  });
});

describe('inRegions', () => {
  const view = (regions?: string[]) => ({ pkg: { audience: { regions } } }) as unknown as PackageView;

  it('holds for no list, and for an audience in one of the regions', () => {
    expect(inRegions(view(['FR']), undefined)).toBe(true);
    expect(inRegions(view(['GB', 'FR']), ['FR'])).toBe(true);
    expect(inRegions(view(['GB']), ['FR'])).toBe(false);
    expect(inRegions(view(), ['FR'])).toBe(false);
  });
});
