import { GREEN_RULES, ukAndEu } from './helpers/bank-32-green.ts';
import {
  aimedAt,
  CHILD_RULES,
  EXHORTATION_KINDS,
  GREEN_38,
  HFSS_KINDS,
  NOT_UNDER_16,
  UNDER_16,
} from './helpers/bank-37-ec.ts';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { bank, fired, type Where } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 37, round 38 (ADR 0028): a child urged to go round a parent's "no" or to ask another adult, and an
 * HFSS product targeted at under-16s in the UK (CAP 15.18), with the lawful near-misses of each; then the
 * round's green near-misses (colours, dishes, daylight) beside generic and offset claims.
 */
for (const { title, rules, where, fire, quiet } of EXHORTATION_KINDS) {
  bank(`children: ${title}`, rules, where ?? {}, fire, quiet);
}

/** The HFSS rule's ids on the package with the line (it reads the targeting: its finding sits on the first text). */
function hfss(copy: string, lang: string, where: Where): string[] {
  const pkg = withCopy(copy, 'social-paid', 'caption', { language: lang });
  where.edit?.(pkg);
  const ids = new Set<string>(CHILD_RULES);
  return [
    ...new Set(
      findings(pkg, contract3())
        .filter((f) => ids.has(f.ruleId))
        .map((f) => f.ruleId),
    ),
  ];
}

for (const { title, where = {}, fire, quiet } of HFSS_KINDS) {
  describe(`children: ${title}`, () => {
    it.each(fire)('[%s] %j fires', (lang, copy) => {
      expect(hfss(copy, lang, where)).toEqual(['children.hfss-under-16']);
    });
    it.each(quiet)('[%s] %j does not', (lang, copy) => {
      expect(hfss(copy, lang, where)).toEqual([]);
    });
  });
}

const LINE = 'New Fizzbites Mega Sour sweets: collect all 6 monster wrappers!';

describe('children: the HFSS rule reads who the targeting admits', () => {
  it.each(UNDER_16)('%j admits under-16s', (audience) => {
    expect(hfss(LINE, 'en', { edit: aimedAt(audience) })).toEqual(['children.hfss-under-16']);
  });
  it.each(NOT_UNDER_16)('%j does not', (audience) => {
    expect(hfss(LINE, 'en', { edit: aimedAt(audience) })).toEqual([]);
  });
});

describe('children: a child audience written as a German or French range, or as a magazine', () => {
  it.each([
    'Leserinnen und Leser einer Kinderzeitschrift',
    'Kinder von 6- bis 10-Jährige',
    'Titulaires de la carte, âgés de 10 à 17 ans',
  ])('%j is read as children', (audience) => {
    const edit = aimedAt(audience, ['DE']);
    expect(fired(CHILD_RULES, 'Frag doch mal Oma!', 'de', { edit })).toEqual(['children.direct-exhortation']);
  });
  it('an adult reader is not', () => {
    const edit = aimedAt('Erwachsene Leserinnen und Leser einer Wohnzeitschrift', ['DE']);
    expect(fired(CHILD_RULES, 'Frag doch mal Oma!', 'de', { edit })).toEqual([]);
  });
});

bank(
  'environmental: round 38, colour names and generic claims',
  GREEN_RULES,
  { edit: ukAndEu },
  GREEN_38.fire,
  GREEN_38.quiet,
);
